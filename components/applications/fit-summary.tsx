// An applicant's fit at a glance: the fit, must-haves met, the knock-out flag.
import { getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/card";

export async function FitSummary({ fit, mustMet, mustTotal, knockoutsFailed }: { fit: number | null; mustMet: number; mustTotal: number; knockoutsFailed: number }) {
  const t = await getTranslations("applications.applicants");
  return (
    <p className="flex flex-wrap items-center gap-x-3 gap-y-1 text-sm">
      <span className="font-semibold text-slate-900">{fit === null ? t("noFit") : t("fit", { fit })}</span>
      {mustTotal > 0 ? (
        <span className={mustMet === mustTotal ? "text-green-800" : "text-amber-900"}>{t("must", { met: mustMet, total: mustTotal })}</span>
      ) : null}
      {knockoutsFailed > 0 ? (
        <span className="rounded bg-red-50 px-2 py-0.5 font-medium text-red-800">⚑ {t("knockoutFailed", { count: knockoutsFailed })}</span>
      ) : (
        <Badge tone="green">{t("knockoutsPassed")}</Badge>
      )}
    </p>
  );
}
