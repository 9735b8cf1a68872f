import { getTranslations } from "next-intl/server";
import { RoleCard } from "@/components/taxonomy/role-card";
import type { RoleFamily } from "@/lib/views/vocabulary";
import type { RoleSummary } from "@/lib/views/taxonomy";

/** A family of roles (e.g. SMM) with a one-line description and a grid of role cards. */
export async function FamilySection({ family, roles }: { family: RoleFamily; roles: RoleSummary[] }) {
  const t = await getTranslations("roles.family");
  const headingId = `family-${family.toLowerCase()}`;
  return (
    <section aria-labelledby={headingId} className="space-y-4">
      <div className="max-w-3xl">
        <h2 id={headingId} className="text-2xl font-semibold tracking-tight text-slate-900">
          {t(`title.${family}`)}
        </h2>
        <p className="mt-1 text-slate-700">{t(`lead.${family}`)}</p>
      </div>
      <ul className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
        {roles.map((role) => (
          <li key={role.slug}>
            <RoleCard role={role} />
          </li>
        ))}
      </ul>
    </section>
  );
}
