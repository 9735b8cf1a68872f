import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { SeniorityBadge } from "@/components/taxonomy/role-badges";
import type { RoleSummary } from "@/lib/views/taxonomy";

/** One role in the public list: name (the link), level, summary, its key skills and where it leads. */
export async function RoleCard({ role }: { role: RoleSummary }) {
  const t = await getTranslations("roles.list");
  const moreSkills = role.essentialCount - role.topSkills.length;
  return (
    <article className="flex h-full flex-col rounded-lg border border-slate-200 bg-white p-5 shadow-sm">
      <div className="flex flex-wrap items-start justify-between gap-2">
        <h3 className="text-lg font-semibold text-slate-900">
          <Link href={`/roles/${role.slug}`} className="text-brand-700 underline-offset-4 hover:underline">
            {role.label}
          </Link>
        </h3>
        {role.family === "FEEDER" ? null : <SeniorityBadge seniority={role.seniority} />}
      </div>
      <p className="mt-2 text-sm text-slate-700">{role.summary}</p>
      {role.topSkills.length > 0 ? (
        <div className="mt-4">
          <h4 className="text-xs font-semibold uppercase tracking-wide text-slate-600">{t("keySkills")}</h4>
          <ul className="mt-2 flex flex-wrap gap-1.5">
            {role.topSkills.map((skill) => (
              <li key={skill.slug} className="rounded bg-slate-100 px-2 py-0.5 text-xs text-slate-800">
                {skill.label}
              </li>
            ))}
            {moreSkills > 0 ? <li className="px-1 py-0.5 text-xs text-slate-600">{t("moreSkills", { count: moreSkills })}</li> : null}
          </ul>
        </div>
      ) : null}
      {role.nextSteps.length > 0 ? (
        <p className="mt-3 text-sm text-slate-700">
          <span className="font-medium">{t("leadsTo")}</span>{" "}
          {role.nextSteps.map((step, i) => (
            <span key={step.slug}>
              {i > 0 ? ", " : null}
              <Link href={`/roles/${step.slug}`} className="text-brand-700 underline">
                {step.label}
              </Link>
            </span>
          ))}
        </p>
      ) : null}
      <ul className="mt-auto flex flex-wrap gap-x-4 gap-y-1 pt-4 text-sm text-slate-600">
        <li>{t("essentialCount", { count: role.essentialCount })}</li>
        <li>{t("optionalCount", { count: role.optionalCount })}</li>
      </ul>
    </article>
  );
}
