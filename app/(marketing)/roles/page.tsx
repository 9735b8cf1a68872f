import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { FamilySection } from "@/components/taxonomy/family-section";
import { PageHeader } from "@/components/ui/card";
import { FAMILY_ORDER } from "@/lib/domain/taxonomy";
import { listRoles } from "@/lib/server/taxonomy/read";

// The taxonomy lives in the database and admins change it: render on every request.
export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("roles.list");
  return { title: t("title"), description: t("lead") };
}

export default async function RolesPage() {
  const locale = (await getLocale()) as "en" | "ru";
  const [t, roles] = await Promise.all([getTranslations("roles.list"), listRoles(locale)]);
  const families = FAMILY_ORDER.map((family) => ({ family, roles: roles.filter((r) => r.family === family) })).filter(
    (f) => f.roles.length > 0,
  );
  return (
    <>
      <PageHeader title={t("title")} lead={t("lead")} />
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
