import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { FamilyForm } from "@/components/taxonomy-editor/family-form";
import { Card, PageHeader } from "@/components/ui/card";
import { requireRole } from "@/lib/auth/session";
import { listFamiliesForAdmin } from "@/lib/server/taxonomy/admin-read";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("editor.families"))("title") };
}

export default async function FamiliesPage() {
  const admin = await requireRole("ADMIN");
  const [t, tr, families] = await Promise.all([getTranslations("editor.families"), getTranslations("roles"), listFamiliesForAdmin(admin)]);
  return (
    <div className="space-y-6">
      <PageHeader title={t("title")} lead={t("lead")} />
      {families.map(({ family, doc, version }) => (
        <Card key={family}>
          <h2 className="mb-3 text-lg font-semibold">{tr(`family.title.${family}`)}</h2>
          <FamilyForm
            initial={{ family, kpisEn: doc?.kpisEn ?? [], kpisRu: doc?.kpisRu ?? [], channelsEn: doc?.channelsEn ?? [], channelsRu: doc?.channelsRu ?? [], ...(version ? { version } : {}) }}
          />
        </Card>
      ))}
    </div>
  );
}
