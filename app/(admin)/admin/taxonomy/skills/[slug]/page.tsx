import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { HistoryList } from "@/components/taxonomy-editor/history-list";
import { ItemControls } from "@/components/taxonomy-editor/item-controls";
import { MergeForm } from "@/components/taxonomy-editor/merge-form";
import { SkillForm } from "@/components/taxonomy-editor/skill-form";
import { Badge, Card, PageHeader } from "@/components/ui/card";
import { requireRole } from "@/lib/auth/session";
import type { LocaleCode } from "@/lib/domain/taxonomy";
import { getSkillForEdit, listChanges, listGroupsForAdmin, listSkillOptions } from "@/lib/server/taxonomy/admin-read";
import { zSlug } from "@/lib/validations/fields";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("editor.skills"))("edit") };
}

export default async function EditSkillPage({ params }: Props) {
  const admin = await requireRole("ADMIN");
  const { slug } = await params;
  if (!zSlug.safeParse(slug).success) notFound();
  const locale = (await getLocale()) as LocaleCode;
  const [t, te, skill, groups, history, options] = await Promise.all([
    getTranslations("editor.skills"),
    getTranslations("editor"),
    getSkillForEdit(admin, slug, locale),
    listGroupsForAdmin(admin),
    listChanges(admin, { entity: "SKILL", key: slug }),
    listSkillOptions(admin, locale, true),
  ]);
  if (!skill) notFound();
  const label = (locale === "ru" ? skill.doc.labelRu : skill.doc.labelEn) || skill.doc.labelEn || skill.doc.labelRu;
  const groupOptions = groups.map((g) => ({ slug: g.slug, label: (locale === "ru" ? g.labelRu : g.labelEn) || g.labelEn || g.labelRu }));
  const H2 = "mb-3 text-lg font-semibold";
  return (
    <div className="grid gap-6 lg:grid-cols-3">
      <div className="min-w-0 space-y-6 lg:col-span-2">
        <PageHeader title={label} lead={t("editLead")}>
          {skill.doc.status === "DEPRECATED" ? <Badge tone="amber">{te("status.DEPRECATED")}</Badge> : null}
        </PageHeader>
        <Card>
          <SkillForm isNew={false} groups={groupOptions} initial={{ ...skill.doc, version: skill.version }} />
        </Card>
        <Card>
          <h2 className={H2}>{te("history.title")}</h2>
          <HistoryList changes={history.changes} showItem={false} />
        </Card>
      </div>
      <aside className="min-w-0 space-y-4">
        <Card>
          <h2 className={H2}>{t("usage")}</h2>
          {skill.usage.roles.length === 0 ? (
            <p className="text-sm text-slate-700">{t("unused")}</p>
          ) : (
            <ul className="space-y-1 text-sm">
              {skill.usage.roles.map((r) => (
                <li key={r.slug}>
                  <Link href={`/admin/taxonomy/roles/${r.slug}`} className="text-brand-700 underline">
                    {r.label}
                  </Link>{" "}
                  <span className="text-slate-600">
                    ({te(`importance.${r.importance}`)}, {te("level", { level: r.minLevel })})
                  </span>
                </li>
              ))}
            </ul>
          )}
          <p className="mt-3 text-sm text-slate-700">{t("usedByPostings", { open: skill.usage.postings.open, total: skill.usage.postings.total })}</p>
          <p className="mt-3 text-xs text-slate-600">{t("usageNote")}</p>
        </Card>
        {skill.doc.escoHintUri ? (
          <Card>
            <h2 className={H2}>{t("escoHint")}</h2>
            <p className="text-sm text-slate-700">{t("escoHintBody")}</p>
            <a href={skill.doc.escoHintUri} className="mt-2 block break-all text-sm text-brand-700 underline" rel="noreferrer noopener" target="_blank">
              {skill.doc.escoHintUri}
            </a>
          </Card>
        ) : null}
        <Card>
          <h2 className={H2}>{t("manage")}</h2>
          <ItemControls entity="SKILL" itemKey={slug} label={label} version={skill.version} status={skill.doc.status} afterDelete="/admin/taxonomy/skills" />
        </Card>
        <Card>
          <h2 className={H2}>{te("merge.title")}</h2>
          <MergeForm keep={slug} keepLabel={label} keepVersion={skill.version} options={options} />
        </Card>
      </aside>
    </div>
  );
}
