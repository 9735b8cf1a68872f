import { getTranslations } from "next-intl/server";
import { EdgeList } from "@/components/taxonomy/edge-list";
import type { RoleDetail } from "@/lib/views/taxonomy";

/** A role's growth edges: where people go next (vertical and horizontal apart) and where they come from. */
export async function GrowthSection({ edges }: { edges: RoleDetail["edges"] }) {
  const t = await getTranslations("roles.detail");
  const outgoing = edges.filter((e) => e.direction === "out");
  const vertical = outgoing.filter((e) => e.kind === "VERTICAL");
  const horizontal = outgoing.filter((e) => e.kind === "HORIZONTAL");
  const incoming = edges.filter((e) => e.direction === "in");
  return (
    <div className="space-y-10">
      <section aria-labelledby="next-steps" className="space-y-4">
        <div>
          <h2 id="next-steps" className="text-2xl font-semibold tracking-tight text-slate-900">
            {t("nextSteps")}
          </h2>
          <p className="mt-1 text-slate-700">{t("nextStepsLead")}</p>
        </div>
        {outgoing.length === 0 ? <p className="text-slate-700">{t("noNextSteps")}</p> : null}
        {vertical.length > 0 ? (
          <section aria-labelledby="next-vertical" className="space-y-3">
            <h3 id="next-vertical" className="text-lg font-semibold text-slate-900">
              {t("vertical")}
            </h3>
            <EdgeList edges={vertical} />
          </section>
        ) : null}
        {horizontal.length > 0 ? (
          <section aria-labelledby="next-horizontal" className="space-y-3">
            <h3 id="next-horizontal" className="text-lg font-semibold text-slate-900">
              {t("horizontal")}
            </h3>
            <EdgeList edges={horizontal} />
          </section>
        ) : null}
      </section>
      <section aria-labelledby="comes-from" className="space-y-4">
        <div>
          <h2 id="comes-from" className="text-2xl font-semibold tracking-tight text-slate-900">
            {t("comesFrom")}
          </h2>
          <p className="mt-1 text-slate-700">{t("comesFromLead")}</p>
        </div>
        {incoming.length === 0 ? <p className="text-slate-700">{t("noComesFrom")}</p> : <EdgeList edges={incoming} showKind />}
      </section>
    </div>
  );
}
