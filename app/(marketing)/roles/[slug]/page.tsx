import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { cache } from "react";
import { WhereNext } from "@/components/career/where-next";
import { FactList } from "@/components/taxonomy/fact-list";
import { GrowthSection } from "@/components/taxonomy/growth-section";
import { FamilyBadge, SeniorityBadge } from "@/components/taxonomy/role-badges";
import { SkillTable } from "@/components/taxonomy/skill-table";
import { Alert } from "@/components/ui/alert";
import { PageHeader } from "@/components/ui/card";
import { getSession } from "@/lib/auth/session";
import type { AppLocale } from "@/lib/i18n/config";
import { getRoleCareerMap } from "@/lib/server/career/map";
import { getRole } from "@/lib/server/taxonomy/read";
import { zSlug } from "@/lib/validations/fields";

// The taxonomy lives in the database and admins change it: render on every request.
export const dynamic = "force-dynamic";

type Props = { params: Promise<{ slug: string }> };

/** One database read per request, shared by generateMetadata and the page; a slug that cannot exist reads nothing. */
const loadRole = cache(async (slug: string) =>
  zSlug.safeParse(slug).success ? getRole(slug, (await getLocale()) as AppLocale) : null,
);

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const role = await loadRole((await params).slug);
  return role ? { title: role.label, description: role.summary } : {};
}

export default async function RolePage({ params }: Props) {
  const { slug } = await params;
  const [role, t] = await Promise.all([loadRole(slug), getTranslations("roles.detail")]);
  if (!role) notFound();
  const [paths, user] = await Promise.all([getRoleCareerMap(slug, (await getLocale()) as AppLocale), getSession()]);
  return (
    <article className="space-y-10">
      <div>
        <p className="mb-4 text-sm">
          <Link href="/roles" className="text-brand-700 underline underline-offset-4 hover:text-brand-800">
            <span aria-hidden="true">← </span>
            {t("allRoles")}
          </Link>
        </p>
        <div className="mb-3 flex flex-wrap gap-2">
          <FamilyBadge family={role.family} />
          <SeniorityBadge seniority={role.seniority} />
        </div>
        <PageHeader title={role.label} lead={role.summary} />
        {role.status === "DEPRECATED" ? <Alert tone="info">{t("deprecated")}</Alert> : null}
      </div>

      <div className="grid gap-4 lg:grid-cols-3">
        <FactList id="responsibilities" title={t("responsibilities")} items={role.responsibilities} />
        <FactList id="kpis" title={t("kpis")} items={role.kpis} />
        <FactList id="channels" title={t("channels")} items={role.channels} />
      </div>

      <section aria-labelledby="skills" className="space-y-3">
        <div>
          <h2 id="skills" className="text-2xl font-semibold tracking-tight text-slate-900">
            {t("skills")}
          </h2>
          <p className="mt-1 max-w-3xl text-slate-700">{t("skillsLead")}</p>
        </div>
        <SkillTable roleLabel={role.label} requirements={role.requirements} />
      </section>

      <GrowthSection edges={role.edges} />

      {paths ? <WhereNext map={paths} signedIn={user?.role === "CANDIDATE"} /> : null}

      {role.sourceUri ? (
        <p className="text-sm text-slate-700">
          <a href={role.sourceUri} className="text-brand-700 underline underline-offset-4 hover:text-brand-800" rel="noopener noreferrer">
            {t("esco")}
          </a>
        </p>
      ) : null}
    </article>
  );
}
