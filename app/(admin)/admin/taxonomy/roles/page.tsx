import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { ItemControls } from "@/components/taxonomy-editor/item-controls";
import { buttonClass } from "@/components/ui/button";
import { Badge, PageHeader } from "@/components/ui/card";
import { StackBody, StackCell, StackHead, StackRow, StackTable } from "@/components/ui/stack-table";
import { requireRole } from "@/lib/auth/session";
import type { LocaleCode } from "@/lib/domain/taxonomy";
import { listRolesForAdmin } from "@/lib/server/taxonomy/admin-read";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("editor.roles"))("title") };
}

export default async function RolesEditorPage() {
  const admin = await requireRole("ADMIN");
  const locale = (await getLocale()) as LocaleCode;
  const [t, te, tr, roles] = await Promise.all([getTranslations("editor.roles"), getTranslations("editor"), getTranslations("roles"), listRolesForAdmin(admin, locale)]);
  const columns = [t("role"), t("family"), t("parts"), t("actions")];
  return (
    <div className="space-y-6">
      <PageHeader title={t("title")} lead={t("lead")}>
        <Link href="/admin/taxonomy/roles/new" className={buttonClass("primary")}>
          {t("new")}
        </Link>
      </PageHeader>
      <StackTable caption={t("title")}>
        <StackHead columns={columns} />
        <StackBody>
          {roles.map((r) => (
            <StackRow key={r.slug}>
              <StackCell rowHeader>
                <Link href={`/admin/taxonomy/roles/${r.slug}`} className="text-brand-700 underline underline-offset-4">
                  {r.label}
                </Link>
                <span className="mt-1 flex flex-wrap gap-1 text-xs font-normal">
                  {r.status === "DEPRECATED" ? <Badge tone="amber">{te("status.DEPRECATED")}</Badge> : null}
                  {!r.labelEn ? <Badge tone="amber">{te("missingEn")}</Badge> : null}
                  {!r.labelRu ? <Badge tone="amber">{te("missingRu")}</Badge> : null}
                </span>
              </StackCell>
              <StackCell label={columns[1]}>
                {tr(`family.badge.${r.family}`)}, {tr(`seniority.${r.seniority}`)}
              </StackCell>
              <StackCell label={columns[2]}>{t("partsValue", { requirements: r.requirements, edges: r.edges })}</StackCell>
              <StackCell label={columns[3]}>
                <ItemControls entity="ROLE" itemKey={r.slug} label={r.label} version={r.version} status={r.status} movable />
              </StackCell>
            </StackRow>
          ))}
        </StackBody>
      </StackTable>
    </div>
  );
}
