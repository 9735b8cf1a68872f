import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { SeniorityBadge } from "@/components/taxonomy/role-badges";
import type { RoleSummary } from "@/lib/server/taxonomy";

/** One role in the public list: its name (the link), level, summary and skill counts. */
export async function RoleCard({ role }: { role: RoleSummary }) {
  const t = await getTranslations("roles.list");
  return (
    <article className="flex h-full flex-col rounded-lg border border-slate-200 bg-white p-5 shadow-sm">
      <div className="flex flex-wrap items-start justify-between gap-2">
        <h3 className="text-lg font-semibold text-slate-900">
          <Link href={`/roles/${role.slug}`} className="text-brand-700 underline-offset-4 hover:underline">
            {role.label}
          </Link>
        </h3>
        <SeniorityBadge seniority={role.seniority} />
      </div>
      <p className="mt-2 flex-1 text-sm text-slate-700">{role.summary}</p>
      <ul className="mt-4 flex flex-wrap gap-x-4 gap-y-1 text-sm text-slate-600">
        <li>{t("essentialCount", { count: role.essentialCount })}</li>
        <li>{t("optionalCount", { count: role.optionalCount })}</li>
      </ul>
    </article>
  );
}
