import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { WhereFrom } from "@/components/career/where-from";
import { WhereNext } from "@/components/career/where-next";
import { FamilySection } from "@/components/taxonomy/family-section";
import { PageHeader } from "@/components/ui/card";
import { FAMILY_ORDER } from "@/lib/domain/taxonomy";
import { getSession } from "@/lib/auth/session";
import { getRoleCareerMap } from "@/lib/server/career/map";
import { listRoles } from "@/lib/server/taxonomy/read";
import { zSlug } from "@/lib/validations/fields";

// The taxonomy lives in the database and admins change it: render on every request.
export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("roles.list");
  return { title: t("title"), description: t("lead") };
}

type Props = { searchParams: Promise<{ from?: string | string[] }> };

export default async function RolesPage({ searchParams }: Props) {
  const locale = (await getLocale()) as "en" | "ru";
  const from = (await searchParams).from;
  const fromSlug = typeof from === "string" && zSlug.safeParse(from).success ? from : null;
  const [t, roles, paths, user] = await Promise.all([
    getTranslations("roles.list"),
    listRoles(locale),
    fromSlug ? getRoleCareerMap(fromSlug, locale) : null,
    getSession(),
  ]);
  const families = FAMILY_ORDER.map((family) => ({ family, roles: roles.filter((r) => r.family === family) })).filter(
    (f) => f.roles.length > 0,
  );
  return (
    <>
      <PageHeader title={t("title")} lead={t("lead")} />
      <div className="mb-10 space-y-8">
        <WhereFrom roles={roles} chosen={fromSlug} />
        {paths ? <WhereNext map={paths} signedIn={user?.role === "CANDIDATE"} /> : null}
      </div>
      {families.length === 0 ? (
        <p className="text-slate-700">{t("empty")}</p>
      ) : (
        <div className="space-y-12">
          {families.map((f) => (
            <FamilySection key={f.family} family={f.family} roles={f.roles} />
          ))}
        </div>
      )}
    </>
  );
}
