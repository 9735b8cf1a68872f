import { getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/card";
import { LevelMeter } from "@/components/taxonomy/level-meter";
import { StackBody, StackCell, StackHead, StackRow, StackTable } from "@/components/ui/stack-table";
import type { RoleDetail } from "@/lib/views/taxonomy";

type Requirement = RoleDetail["requirements"][number];

/** The skills a role needs, essential first, with the minimum level and the SMM/community overlap marked. */
export async function SkillTable({ roleLabel, requirements }: { roleLabel: string; requirements: Requirement[] }) {
  const t = await getTranslations("roles");
  if (requirements.length === 0) return <p className="text-slate-700">{t("detail.noSkills")}</p>;
  const anyShared = requirements.some((r) => r.shared);
  const columns = [t("detail.skillColumn"), t("detail.importanceColumn"), t("detail.levelColumn")];
  return (
    <div className="space-y-3">
      {anyShared ? <p className="max-w-3xl text-sm text-slate-700">{t("detail.sharedNote")}</p> : null}
      <StackTable caption={t("detail.skillsCaption", { role: roleLabel })}>
        <StackHead columns={columns} />
        <StackBody>
          {requirements.map((r) => (
            <StackRow key={r.slug}>
              <StackCell rowHeader>
                <span className="block font-medium text-slate-900">{r.label}</span>
                <span className="block text-sm font-normal text-slate-600">{r.group}</span>
                {r.shared ? (
                  <span className="mt-1 block">
                    <Badge tone="green">{t("detail.shared")}</Badge>
                  </span>
                ) : null}
              </StackCell>
              <StackCell label={columns[1]}>
                <Badge tone={r.importance === "ESSENTIAL" ? "brand" : "slate"}>{t(`importance.${r.importance}`)}</Badge>
              </StackCell>
              <StackCell label={columns[2]}>
                <LevelMeter level={r.minLevel} />
              </StackCell>
            </StackRow>
          ))}
        </StackBody>
      </StackTable>
    </div>
  );
}
