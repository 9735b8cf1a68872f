// The career map as text: every role with its fit, the step that leads there
// from "you are here", the skills met and missing (most important first) and
// the jobs open now. The graph's nodes link here; keyboard and screen-reader
// users read the map from this list.
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { SetTargetButton } from "@/components/career/career-buttons";
import { Badge } from "@/components/ui/card";
import type { CareerMapView, CareerRoleView } from "@/lib/views/career";

/** "You are here" first, then the reachable roles by steps, then the rest by fit. */
export function orderForList(map: CareerMapView): CareerRoleView[] {
  const rank = (r: CareerRoleView) => (map.here?.roleId === r.id ? 0 : r.step ? r.step.distance : 100);
  return [...map.roles].sort((a, b) => rank(a) - rank(b) || (b.fit ?? -1) - (a.fit ?? -1));
}

export function FitBar({ fit, label }: { fit: number | null; label: string }) {
  return (
    <span className="flex flex-wrap items-center gap-x-2 gap-y-1">
      <span aria-hidden="true" className="h-2 w-24 shrink-0 overflow-hidden rounded bg-slate-200">
        <span className="block h-full bg-brand-700" style={{ width: `${fit ?? 0}%` }} />
      </span>
      <span className="text-sm font-medium text-slate-800">{label}</span>
    </span>
  );
}

async function RoleEntry({ role, map }: { role: CareerRoleView; map: CareerMapView }) {
  const t = await getTranslations("career");
  const here = map.here?.roleId === role.id;
  const target = map.targetRoleId === role.id;
  const gaps = role.gaps.slice(0, 6);
  return (
    <li id={`role-${role.slug}`} className="scroll-mt-24 rounded-lg border border-slate-200 bg-white p-4">
      <div className="flex flex-wrap items-start justify-between gap-2">
        <div>
          <h3 className="font-semibold text-slate-900">
            <Link href={`/roles/${role.slug}`} className="underline-offset-2 hover:underline">
              {role.label}
            </Link>
          </h3>
          <p className="mt-1 flex flex-wrap gap-2">
            {here ? <Badge tone="brand">{t("graph.here")}</Badge> : null}
            {target ? <Badge tone="amber">{t("graph.target")}</Badge> : null}
            {role.step ? (
              <Badge tone={role.step.kind === "VERTICAL" ? "green" : "slate"}>
                {t(role.step.kind === "VERTICAL" ? "step.advancement" : "step.lateral")} · {t("step.count", { count: role.step.distance })}
              </Badge>
            ) : null}
          </p>
        </div>
        <FitBar fit={role.fit} label={role.fit === null ? t("fit.none") : t("fit.long", { fit: role.fit })} />
      </div>
      {role.step ? <p className="mt-2 text-sm text-slate-700">{t("step.via", { role: role.step.viaLabel, rationale: role.step.rationale })}</p> : null}
      {role.total > 0 ? (
        <p className="mt-2 text-sm text-slate-700">{t("fit.counts", { met: role.matched.length, total: role.total, essentialMet: role.essentialMet, essentialTotal: role.essentialTotal })}</p>
      ) : null}
      {role.matched.length > 0 ? (
        <p className="mt-2 text-sm">
          <span className="font-medium text-slate-800">{t("gaps.have")}: </span>
          <span className="text-slate-700">{role.matched.map((m) => m.label).join(", ")}</span>
        </p>
      ) : null}
      {gaps.length > 0 ? (
        <div className="mt-2 text-sm">
          <span className="font-medium text-slate-800">{t("gaps.title")}: </span>
          <span className="text-slate-700">
            {gaps
              .map((g) => (g.level === null ? t("gaps.missing", { skill: g.label, min: g.minLevel }) : t("gaps.below", { skill: g.label, level: g.level, min: g.minLevel })))
              .join("; ")}
            {role.gaps.length > gaps.length ? ` ${t("gaps.more", { count: role.gaps.length - gaps.length })}` : ""}
          </span>
        </div>
      ) : null}
      <div className="mt-3 flex flex-wrap items-center gap-3">
        {role.openJobs > 0 ? (
          <Link href={`/jobs?role=${role.slug}`} className="text-sm font-medium text-brand-700 underline">
            {t("jobs", { count: role.openJobs })}
          </Link>
        ) : (
          <span className="text-sm text-slate-600">{t("noJobs")}</span>
        )}
        {!here ? <SetTargetButton roleId={role.id} label={role.label} clear={target} /> : null}
      </div>
    </li>
  );
}

export async function RoleFitList({ map }: { map: CareerMapView }) {
  const t = await getTranslations("career");
  return (
    <section aria-labelledby="list-title" className="space-y-3">
      <h2 id="list-title" className="text-xl font-semibold">
        {t("list.title")}
      </h2>
      <ol className="space-y-3">
        {orderForList(map).map((role) => (
          <RoleEntry key={role.id} role={role} map={map} />
        ))}
      </ol>
    </section>
  );
}
