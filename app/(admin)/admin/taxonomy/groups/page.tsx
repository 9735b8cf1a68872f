import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { GroupForm } from "@/components/taxonomy-editor/group-form";
import { ItemControls } from "@/components/taxonomy-editor/item-controls";
import { Badge, Card, PageHeader } from "@/components/ui/card";
import { requireRole } from "@/lib/auth/session";
import { listGroupsForAdmin } from "@/lib/server/taxonomy/admin-read";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("editor.groups"))("title") };
}

export default async function GroupsPage() {
  const admin = await requireRole("ADMIN");
  const [t, te, groups] = await Promise.all([getTranslations("editor.groups"), getTranslations("editor"), listGroupsForAdmin(admin)]);
  return (
    <div className="space-y-6">
      <PageHeader title={t("title")} lead={t("lead")} />
      <Card>
        <h2 className="mb-3 text-lg font-semibold">{t("new")}</h2>
        <GroupForm isNew initial={{ slug: "", labelEn: "", labelRu: "", status: "ACTIVE" }} />
      </Card>
      <ol className="space-y-4">
        {groups.map((g) => {
          const label = g.labelEn || g.labelRu;
          return (
            <li key={g.slug} id={`group-${g.slug}`}>
              <Card>
                <div className="mb-3 flex flex-wrap items-center gap-2">
                  <h2 className="text-lg font-semibold break-words">{label}</h2>
                  <span className="text-sm text-slate-600">{t("skills", { count: g.skills })}</span>
                  {g.status === "DEPRECATED" ? <Badge tone="amber">{te("status.DEPRECATED")}</Badge> : null}
                </div>
                <GroupForm isNew={false} initial={{ slug: g.slug, labelEn: g.labelEn, labelRu: g.labelRu, status: g.status, version: g.version }} />
                <div className="mt-3 border-t border-slate-200 pt-3">
                  <ItemControls entity="GROUP" itemKey={g.slug} label={label} version={g.version} status={g.status} movable />
                </div>
              </Card>
            </li>
          );
        })}
      </ol>
    </div>
  );
}
