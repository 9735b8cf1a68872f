// "x of y skills match" for a signed-in candidate, on a job card and a job
// page: the fit, must-haves met, and the most important missing skills named.
import { getTranslations } from "next-intl/server";
import type { JobMatch } from "@/lib/views/jobs";

export async function JobMatchLine({ match }: { match: JobMatch }) {
  const t = await getTranslations("jobs.match");
  const mustTone = match.mustMet === match.mustTotal ? "text-green-800" : "text-amber-900";
  return (
    <div className="mt-3 rounded-md bg-brand-50 px-3 py-2 text-sm text-slate-800">
      <p>
        <span className="font-semibold">{t("fit", { fit: match.fit })}</span> · {t("skills", { matched: match.matched, total: match.total })}
        {match.mustTotal > 0 ? <span className={mustTone}> · {t("must", { met: match.mustMet, total: match.mustTotal })}</span> : null}
      </p>
      {match.missing.length > 0 ? (
        <p className="mt-1 text-slate-700">
          {t("missing", { skills: match.missing.join(", ") })}
          {match.moreMissing > 0 ? ` ${t("more", { count: match.moreMissing })}` : ""}
        </p>
      ) : null}
    </div>
  );
}
