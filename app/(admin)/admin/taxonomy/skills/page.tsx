import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { Badge, PageHeader } from "@/components/ui/card";
import { buttonClass } from "@/components/ui/button";
import { Input, Select } from "@/components/ui/field";
import { StackBody, StackCell, StackHead, StackRow, StackTable } from "@/components/ui/stack-table";
import { ItemControls } from "@/components/taxonomy-editor/item-controls";
import { requireRole } from "@/lib/auth/session";
import type { LocaleCode } from "@/lib/domain/taxonomy";
import { listGroupsForAdmin, listSkillsForAdmin } from "@/lib/server/taxonomy/admin-read";
import { zSkillFilter } from "@/lib/validations/taxonomy-editor";
import { TAXONOMY_STATUSES } from "@/lib/views/vocabulary";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("editor.skills"))("title") };
}

export default async function SkillsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const admin = await requireRole("ADMIN");
  const locale = (await getLocale()) as LocaleCode;
  const filter = zSkillFilter.parse(await searchParams);
  const [t, te, skills, groups] = await Promise.all([
    getTranslations("editor.skills"),
    getTranslations("editor"),
    listSkillsForAdmin(admin, filter, locale),
    listGroupsForAdmin(admin),
  ]);
  const columns = [t("skill"), t("group"), t("usedBy"), t("actions")];
  return (
    <div className="space-y-6">
      <PageHeader title={t("title")} lead={t("lead")}>
        <Link href="/admin/taxonomy/skills/new" className={buttonClass("primary")}>
          {t("new")}
        </Link>
      </PageHeader>
      <form role="search" action="/admin/taxonomy/skills" className="grid gap-3 rounded-lg border border-slate-200 bg-white p-4 sm:grid-cols-2 lg:grid-cols-5">
        <label className="text-sm font-medium text-slate-800 lg:col-span-2">
          {t("filter.text")}
          <Input name="q" type="search" defaultValue={filter.q ?? ""} maxLength={120} className="mt-1" />
        </label>
        <label className="text-sm font-medium text-slate-800">
          {t("filter.group")}
          <Select name="group" defaultValue={filter.group ?? ""} className="mt-1">
            <option value="">{t("filter.any")}</option>
            {groups.map((g) => (
              <option key={g.slug} value={g.slug}>
                {locale === "ru" ? g.labelRu || g.labelEn : g.labelEn || g.labelRu}
              </option>
            ))}
          </Select>
        </label>
        <label className="text-sm font-medium text-slate-800">
          {t("filter.status")}
          <Select name="status" defaultValue={filter.status ?? ""} className="mt-1">
            <option value="">{t("filter.any")}</option>
            {TAXONOMY_STATUSES.map((s) => (
              <option key={s} value={s}>
                {te(`status.${s}`)}
              </option>
            ))}
          </Select>
        </label>
        <label className="text-sm font-medium text-slate-800">
          {t("filter.missing")}
          <Select name="missing" defaultValue={filter.missing ?? ""} className="mt-1">
            <option value="">{t("filter.any")}</option>
            <option value="en">{t("filter.missingEn")}</option>
            <option value="ru">{t("filter.missingRu")}</option>
          </Select>
        </label>
        <div className="sm:col-span-2 lg:col-span-5">
          <button type="submit" className={buttonClass("secondary")}>
            {t("filter.apply")}
          </button>
        </div>
      </form>
      <p className="text-sm text-slate-700">{t("count", { count: skills.length })}</p>
      <StackTable caption={t("title")}>
        <StackHead columns={columns} />
        <StackBody>
          {skills.map((s) => {
            const label = (locale === "ru" ? s.labelRu : s.labelEn) || s.labelEn || s.labelRu;
            return (
              <StackRow key={s.slug}>
                <StackCell rowHeader>
                  <Link href={`/admin/taxonomy/skills/${s.slug}`} className="text-brand-700 underline underline-offset-4">
                    {label}
                  </Link>
                  <span className="mt-1 flex flex-wrap gap-1 text-xs font-normal">
                    {s.status === "DEPRECATED" ? <Badge tone="amber">{te("status.DEPRECATED")}</Badge> : null}
                    {!s.labelEn ? <Badge tone="amber">{te("missingEn")}</Badge> : null}
                    {!s.labelRu ? <Badge tone="amber">{te("missingRu")}</Badge> : null}
                  </span>
                </StackCell>
                <StackCell label={columns[1]}>{s.group}</StackCell>
                <StackCell label={columns[2]}>{t("roles", { count: s.usedBy })}</StackCell>
                <StackCell label={columns[3]}>
                  <ItemControls entity="SKILL" itemKey={s.slug} label={label} version={s.version} status={s.status} movable={Boolean(filter.group)} />
                </StackCell>
              </StackRow>
            );
          })}
        </StackBody>
      </StackTable>
    </div>
  );
}
