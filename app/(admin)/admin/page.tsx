import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { EdgeTable } from "@/components/taxonomy/edge-table";
import { RoleTable } from "@/components/taxonomy/role-table";
import { SkillGroupCard } from "@/components/taxonomy/skill-group-card";
import { StatGrid } from "@/components/taxonomy/stat-card";
import { Alert } from "@/components/ui/alert";
import { PageHeader } from "@/components/ui/card";
import { requireRole } from "@/lib/auth/session";
import { getTaxonomyOverview } from "@/lib/server/taxonomy/read";
import type { TaxonomyOverview } from "@/lib/views/taxonomy";

// Per-user (admin only) and read from the database: never prerender.
export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("admin.meta");
  return { title: t("title") };
}

type CountKey = keyof TaxonomyOverview["counts"];
const COUNT_KEYS: readonly CountKey[] = ["groups", "skills", "deprecatedSkills", "roles", "requirements", "edges"];

const H2 = "text-2xl font-semibold tracking-tight text-slate-900";

export default async function AdminPage() {
  // The check comes before any read: anonymous visitors go to sign-in, other roles get 403.
  await requireRole("ADMIN");
  const locale = (await getLocale()) as "en" | "ru";
  const [t, overview] = await Promise.all([getTranslations("admin"), getTaxonomyOverview(locale)]);
  const stats = COUNT_KEYS.map((key) => ({ key, label: t(`counts.${key}`), value: overview.counts[key] }));

  return (
    <div className="space-y-12">
      <div>
        <PageHeader title={t("title")} lead={t("lead")} />
        <Alert>{t("readOnly")}</Alert>
      </div>

      <section aria-labelledby="counts" className="space-y-4">
        <h2 id="counts" className={H2}>
          {t("counts.heading")}
        </h2>
        <StatGrid stats={stats} />
      </section>

      <section aria-labelledby="groups" className="space-y-4">
        <h2 id="groups" className={H2}>
          {t("groups.heading")}
        </h2>
        {overview.groups.length === 0 ? (
          <p className="text-slate-700">{t("groups.none")}</p>
        ) : (
          <div className="grid gap-4 md:grid-cols-2">
            {overview.groups.map((group) => (
              <SkillGroupCard key={group.slug} group={group} />
            ))}
          </div>
        )}
      </section>

      {/* The table frame, not the section, is the named region: one landmark per table. */}
      <section className="space-y-4">
        <h2 id="roles" className={H2}>
          {t("roles.heading")}
        </h2>
        {overview.roles.length === 0 ? (
          <p className="text-slate-700">{t("roles.none")}</p>
        ) : (
          <RoleTable roles={overview.roles} labelledBy="roles" />
        )}
      </section>

      <section className="space-y-4">
        <h2 id="edges" className={H2}>
          {t("edges.heading")}
        </h2>
        {overview.edges.length === 0 ? (
          <p className="text-slate-700">{t("edges.none")}</p>
        ) : (
          <EdgeTable edges={overview.edges} labelledBy="edges" />
        )}
      </section>
    </div>
  );
}
