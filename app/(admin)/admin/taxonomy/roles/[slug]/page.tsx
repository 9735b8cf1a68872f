import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { EdgesEditor } from "@/components/taxonomy-editor/edges-editor";
import { HistoryList } from "@/components/taxonomy-editor/history-list";
import { ItemControls } from "@/components/taxonomy-editor/item-controls";
import { RequirementsEditor } from "@/components/taxonomy-editor/requirements-editor";
import { RoleForm } from "@/components/taxonomy-editor/role-form";
import { Badge, Card, PageHeader } from "@/components/ui/card";
import { requireRole } from "@/lib/auth/session";
import type { LocaleCode } from "@/lib/domain/taxonomy";
import { getRoleForEdit, listChanges, listRolesForAdmin, listSkillOptions } from "@/lib/server/taxonomy/admin-read";
import { zSlug } from "@/lib/validations/fields";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("editor.roles"))("edit") };
}

export default async function EditRolePage({ params }: { params: Promise<{ slug: string }> }) {
  const admin = await requireRole("ADMIN");
  const { slug } = await params;
  if (!zSlug.safeParse(slug).success) notFound();
  const locale = (await getLocale()) as LocaleCode;
  const [t, te, role, skills, roles, roleHistory] = await Promise.all([
    getTranslations("editor.roles"),
    getTranslations("editor"),
    getRoleForEdit(admin, slug, locale),
    listSkillOptions(admin, locale),
    listRolesForAdmin(admin, locale),
    listChanges(admin, { role: slug }),
  ]);
  if (!role) notFound();
  const label = (locale === "ru" ? role.fields.labelRu : role.fields.labelEn) || role.fields.labelEn || role.fields.labelRu;
  const H2 = "mb-3 text-lg font-semibold";
  return (
    <div className="space-y-6">
      <PageHeader title={label} lead={t("editLead")}>
        <div className="flex flex-wrap items-center gap-2">
          {role.fields.status === "DEPRECATED" ? <Badge tone="amber">{te("status.DEPRECATED")}</Badge> : null}
          <Link href={`/roles/${slug}`} className="text-sm text-brand-700 underline">
            {t("publicPage")}
          </Link>
        </div>
      </PageHeader>
      <Card>
        <RoleForm isNew={false} initial={{ ...role.fields, version: role.version }} />
      </Card>
      <Card>
        <h2 className={H2}>{t("requirements")}</h2>
        <RequirementsEditor role={slug} roleVersion={role.version} requirements={role.requirements} skills={skills} />
      </Card>
      <Card>
        <h2 className={H2}>{t("edgesOut")}</h2>
        <EdgesEditor from={slug} edges={role.edgesOut} roles={roles.map((r) => ({ slug: r.slug, label: r.label }))} />
        {role.edgesIn.length > 0 ? (
          <>
            <h3 className="mb-2 mt-6 font-semibold">{t("edgesIn")}</h3>
            <ul className="space-y-1 text-sm">
              {role.edgesIn.map((e) => (
                <li key={e.from}>
                  <Link href={`/admin/taxonomy/roles/${e.from}`} className="text-brand-700 underline">
                    {e.label}
                  </Link>{" "}
                  → {label}
                </li>
              ))}
            </ul>
          </>
        ) : null}
      </Card>
      <Card>
        <h2 className={H2}>{t("manage")}</h2>
        <ItemControls entity="ROLE" itemKey={slug} label={label} version={role.version} status={role.fields.status} afterDelete="/admin/taxonomy/roles" />
      </Card>
      <Card>
        <h2 className={H2}>{te("history.title")}</h2>
        <HistoryList changes={roleHistory.changes} />
      </Card>
    </div>
  );
}
