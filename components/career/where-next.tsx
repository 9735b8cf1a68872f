// "I am a moderator: where can I go?" for anyone, signed in or not: the roles
// reachable from one role along the growth paths, with the fit a typical
// holder of that role already has (its own requirements at their minimum
// levels), the step's kind and reason, and what is missing.
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { FitBar } from "@/components/career/role-fit-list";
import { Badge } from "@/components/ui/card";
import type { CareerMapView } from "@/lib/views/career";

export async function WhereNext({ map, signedIn }: { map: CareerMapView; signedIn: boolean }) {
  const t = await getTranslations("career");
  const from = map.here?.label ?? "";
  const steps = map.roles.filter((r) => r.step !== null).sort((a, b) => a.step!.distance - b.step!.distance || (b.fit ?? -1) - (a.fit ?? -1));
  return (
    <section id="where-next" aria-labelledby="where-next-title" className="scroll-mt-24 space-y-3">
      <h2 id="where-next-title" className="text-2xl font-semibold tracking-tight text-slate-900">
        {t("public.title", { role: from })}
      </h2>
      <p className="max-w-3xl text-slate-700">{t("public.lead", { role: from })}</p>
      {steps.length === 0 ? (
        <p className="text-slate-700">{t("public.none")}</p>
      ) : (
        <ol className="grid gap-3 md:grid-cols-2">
          {steps.map((r) => (
            <li key={r.id} className="rounded-lg border border-slate-200 bg-white p-4">
              <div className="flex flex-wrap items-start justify-between gap-2">
                <h3 className="font-semibold text-slate-900">
                  <Link href={`/roles/${r.slug}`} className="underline-offset-2 hover:underline">
                    {r.label}
                  </Link>
                </h3>
                <Badge tone={r.step!.kind === "VERTICAL" ? "green" : "slate"}>
                  {t(r.step!.kind === "VERTICAL" ? "step.advancement" : "step.lateral")} · {t("step.count", { count: r.step!.distance })}
                </Badge>
              </div>
              <div className="mt-2">
                <FitBar fit={r.fit} label={r.fit === null ? t("fit.none") : t("public.fit", { fit: r.fit })} />
              </div>
              <p className="mt-2 text-sm text-slate-700">{t("step.via", { role: r.step!.viaLabel, rationale: r.step!.rationale })}</p>
              {r.gaps.length > 0 ? (
                <p className="mt-2 text-sm text-slate-700">
                  <span className="font-medium text-slate-800">{t("public.toLearn")}: </span>
                  {r.gaps
                    .slice(0, 4)
                    .map((g) => g.label)
                    .join(", ")}
                  {r.gaps.length > 4 ? ` ${t("gaps.more", { count: r.gaps.length - 4 })}` : ""}
                </p>
              ) : null}
              {r.openJobs > 0 ? (
                <Link href={`/jobs?role=${r.slug}`} className="mt-2 inline-block text-sm font-medium text-brand-700 underline">
                  {t("jobs", { count: r.openJobs })}
                </Link>
              ) : null}
            </li>
          ))}
        </ol>
      )}
      <p className="text-sm text-slate-700">
        <Link href={signedIn ? "/career" : "/sign-up"} className="font-medium text-brand-700 underline">
          {signedIn ? t("public.ownMap") : t("public.signUp")}
        </Link>
      </p>
    </section>
  );
}
