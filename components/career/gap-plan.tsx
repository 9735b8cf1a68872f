// The gap plan: the target role's skills as a checklist. What the candidate
// has at the role's level is ticked; each missing one can be added to the
// profile at that level, which ticks it and raises the fit.
import { getTranslations } from "next-intl/server";
import { AddSkillButton, SetTargetButton } from "@/components/career/career-buttons";
import { FitBar } from "@/components/career/role-fit-list";
import { Card } from "@/components/ui/card";
import type { CareerRoleView } from "@/lib/views/career";

export async function GapPlan({ role }: { role: CareerRoleView | null }) {
  const t = await getTranslations("career");
  if (!role) {
    return (
      <Card>
        <h2 className="text-lg font-semibold">{t("plan.title")}</h2>
        <p className="mt-2 text-sm text-slate-700">{t("plan.empty")}</p>
      </Card>
    );
  }
  const items = [...role.gaps.map((g) => ({ ...g, met: false })), ...role.matched.map((m) => ({ ...m, met: true }))];
  return (
    <Card>
      <div className="flex flex-wrap items-start justify-between gap-2">
        <h2 className="text-lg font-semibold">{t("plan.titleFor", { role: role.label })}</h2>
        <SetTargetButton roleId={role.id} label={role.label} clear />
      </div>
      <div className="mt-2">
        <FitBar fit={role.fit} label={role.fit === null ? t("fit.none") : t("fit.long", { fit: role.fit })} />
      </div>
      <p className="mt-2 text-sm text-slate-700">{t("plan.progress", { met: role.matched.length, total: role.total })}</p>
      <ul className="mt-3 divide-y divide-slate-100" aria-label={t("plan.checklist")}>
        {items.map((item) => (
          <li key={item.skillId} className="flex flex-wrap items-center justify-between gap-2 py-2">
            <span className="flex items-start gap-2 text-sm">
              <span aria-hidden="true" className={`mt-0.5 inline-flex h-4 w-4 shrink-0 items-center justify-center rounded border ${item.met ? "border-green-700 bg-green-700 text-white" : "border-slate-500"}`}>
                {item.met ? "✓" : ""}
              </span>
              <span>
                <span className="font-medium text-slate-900">{item.label}</span>{" "}
                <span className="text-slate-700">
                  {item.met ? t("plan.met") : t("plan.notMet")} · {t(item.importance === "ESSENTIAL" ? "plan.essential" : "plan.optional")} ·{" "}
                  {item.level === null ? t("plan.needs", { min: item.minLevel }) : t("plan.have", { level: item.level, min: item.minLevel })}
                </span>
              </span>
            </span>
            {!item.met ? <AddSkillButton skillId={item.skillId} level={item.minLevel} label={item.label} /> : null}
          </li>
        ))}
      </ul>
    </Card>
  );
}
