import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { RoleForm } from "@/components/taxonomy-editor/role-form";
import { Card, PageHeader } from "@/components/ui/card";
import { requireRole } from "@/lib/auth/session";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("editor.roles"))("new") };
}

export default async function NewRolePage() {
  await requireRole("ADMIN");
  const t = await getTranslations("editor.roles");
  const empty = { responsibilitiesEn: [], responsibilitiesRu: [], kpisEn: [], kpisRu: [], channelsEn: [], channelsRu: [] };
  return (
    <div className="mx-auto max-w-4xl">
      <PageHeader title={t("new")} lead={t("newLead")} />
      <Card>
        <RoleForm
          isNew
          initial={{ slug: "", family: "COMMUNITY", seniority: "MIDDLE", status: "ACTIVE", labelEn: "", labelRu: "", summaryEn: "", summaryRu: "", sourceUri: null, ...empty }}
        />
      </Card>
    </div>
  );
}
