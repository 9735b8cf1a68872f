import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { SkillForm } from "@/components/taxonomy-editor/skill-form";
import { Card, PageHeader } from "@/components/ui/card";
import { requireRole } from "@/lib/auth/session";
import { listGroupsForAdmin } from "@/lib/server/taxonomy/admin-read";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("editor.skills"))("new") };
}

export default async function NewSkillPage() {
  const admin = await requireRole("ADMIN");
  const [t, locale, groups] = await Promise.all([getTranslations("editor.skills"), getLocale(), listGroupsForAdmin(admin)]);
  const options = groups.filter((g) => g.status === "ACTIVE").map((g) => ({ slug: g.slug, label: (locale === "ru" ? g.labelRu : g.labelEn) || g.labelEn || g.labelRu }));
  return (
    <div className="mx-auto max-w-4xl">
      <PageHeader title={t("new")} lead={t("newLead")} />
      <Card>
        <SkillForm
          isNew
          groups={options}
          initial={{ slug: "", group: options[0]?.slug ?? "", type: "SKILL", status: "ACTIVE", labelEn: "", labelRu: "", descriptionEn: "", descriptionRu: "", altLabelsEn: [], altLabelsRu: [], reuseLevel: null, sourceUri: null, escoHintUri: null }}
        />
      </Card>
    </div>
  );
}
