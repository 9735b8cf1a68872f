import { getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/card";
import type { TaxonomyOverview } from "@/lib/views/taxonomy";

type Group = TaxonomyOverview["groups"][number];

/** A skill group and its skills, each with its type (knowledge/skill) and status (active/deprecated). */
export async function SkillGroupCard({ group }: { group: Group }) {
  const [t, tr] = await Promise.all([getTranslations("admin.groups"), getTranslations("roles")]);
  const headingId = `group-${group.slug}`;
  return (
    <section aria-labelledby={headingId} className="rounded-lg border border-slate-200 bg-white p-5 shadow-sm">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h3 id={headingId} className="text-lg font-semibold text-slate-900">
          {group.label}
        </h3>
        <p className="text-sm text-slate-600">{t("skillCount", { count: group.skills.length })}</p>
      </div>
      {group.skills.length === 0 ? (
        <p className="mt-3 text-sm text-slate-700">{t("emptyGroup")}</p>
      ) : (
        <ul className="mt-3 divide-y divide-slate-100">
          {group.skills.map((skill) => (
            <li key={skill.slug} className="flex flex-wrap items-center justify-between gap-2 py-2 text-sm">
              <span className={skill.status === "DEPRECATED" ? "text-slate-600 line-through" : "text-slate-900"}>
                {skill.label}
              </span>
              <span className="flex gap-1.5">
                <Badge>{tr(`skillType.${skill.type}`)}</Badge>
                <Badge tone={skill.status === "DEPRECATED" ? "amber" : "green"}>{tr(`skillStatus.${skill.status}`)}</Badge>
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
