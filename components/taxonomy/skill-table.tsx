import { getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/card";
import { LevelMeter } from "@/components/taxonomy/level-meter";
import { TableFrame } from "@/components/ui/table-frame";
import type { RoleDetail } from "@/lib/views/taxonomy";

type Requirement = RoleDetail["requirements"][number];

/** The skills a role needs, essential first, with the minimum level and the SMM/community overlap marked. */
export async function SkillTable({ roleLabel, requirements }: { roleLabel: string; requirements: Requirement[] }) {
  const t = await getTranslations("roles");
  if (requirements.length === 0) return <p className="text-slate-700">{t("detail.noSkills")}</p>;
  const anyShared = requirements.some((r) => r.shared);
  const caption = t("detail.skillsCaption", { role: roleLabel });
  return (
    <div className="space-y-3">
      {anyShared ? <p className="max-w-3xl text-sm text-slate-700">{t("detail.sharedNote")}</p> : null}
      <TableFrame label={caption}>
        <table className="w-full border-collapse text-left text-sm">
          <caption className="sr-only">{caption}</caption>
          <thead className="border-b border-slate-200 bg-slate-50 text-slate-800">
            <tr>
              <th scope="col" className="px-4 py-3 font-semibold">
                {t("detail.skillColumn")}
              </th>
              <th scope="col" className="px-4 py-3 font-semibold">
                {t("detail.importanceColumn")}
              </th>
              <th scope="col" className="px-4 py-3 font-semibold">
                {t("detail.levelColumn")}
              </th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-200">
            {requirements.map((r) => (
              <tr key={r.slug} className="align-top">
                <th scope="row" className="px-4 py-3 font-normal">
                  <span className="block font-medium text-slate-900">{r.label}</span>
                  <span className="block text-slate-600">{r.group}</span>
                  {r.shared ? (
                    <span className="mt-1 block">
                      <Badge tone="green">{t("detail.shared")}</Badge>
                    </span>
                  ) : null}
                </th>
                <td className="px-4 py-3">
                  <Badge tone={r.importance === "ESSENTIAL" ? "brand" : "slate"}>{t(`importance.${r.importance}`)}</Badge>
                </td>
                <td className="px-4 py-3">
                  <LevelMeter level={r.minLevel} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableFrame>
    </div>
  );
}
