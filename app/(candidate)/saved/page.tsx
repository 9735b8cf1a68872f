import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { DeleteSearchButton, SaveJobButton, SearchNotifyButton } from "@/components/applications/saved-buttons";
import { JobChips } from "@/components/jobs/job-chips";
import { Badge, Card, PageHeader } from "@/components/ui/card";
import { requireRole } from "@/lib/auth/session";
import type { AppLocale } from "@/lib/i18n/config";
import { getJobBoardFacets } from "@/lib/server/job-search";
import { listSavedJobs, listSavedSearches } from "@/lib/server/saved";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("applications.saved"))("title") };
}

export default async function SavedPage() {
  const user = await requireRole("CANDIDATE");
  const locale = (await getLocale()) as AppLocale;
  const [t, format, jobs, searches] = await Promise.all([getTranslations("applications.saved"), getFormatter(), listSavedJobs(user, locale), listSavedSearches(user)]);
  const facets = await getJobBoardFacets(
    locale,
    searches.flatMap((s) => s.search.skills),
  );
  const date = (iso: string) => format.dateTime(new Date(iso), { dateStyle: "medium" });
  return (
    <div className="mx-auto max-w-3xl space-y-8">
      <PageHeader title={t("title")} lead={t("lead")} />
      <section aria-labelledby="saved-jobs" className="space-y-3">
        <h2 id="saved-jobs" className="text-xl font-semibold">
          {t("jobs")}
        </h2>
        {jobs.length === 0 ? (
          <Card>
            <p className="text-slate-700">{t("noJobs")}</p>
          </Card>
        ) : (
          <ul className="space-y-3">
            {jobs.map((j) => (
              <li key={j.postingId}>
                <Card className="flex flex-wrap items-center justify-between gap-3 p-4">
                  <div className="min-w-0">
                    <p className="break-words font-medium">
                      {j.open ? (
                        <Link href={`/jobs/${j.slug}`} className="text-brand-700 underline">
                          {j.title}
                        </Link>
                      ) : (
                        <>
                          {j.title} <Badge>{t("closed")}</Badge>
                        </>
                      )}
                    </p>
                    <p className="text-sm text-slate-700">
                      {j.companyName} · {t("savedOn", { date: date(j.savedAt) })}
                    </p>
                  </div>
                  <SaveJobButton postingId={j.postingId} saved inList title={j.title} />
                </Card>
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="saved-searches" className="space-y-3">
        <h2 id="saved-searches" className="text-xl font-semibold">
          {t("searches")}
        </h2>
        <p className="text-sm text-slate-700">{t("alertsHow")}</p>
        {searches.length === 0 ? (
          <Card>
            <p className="text-slate-700">{t("noSearches")}</p>
            <Link href="/jobs" className="mt-2 inline-block text-brand-700 underline">
              {t("allJobs")}
            </Link>
          </Card>
        ) : (
          <ul className="space-y-3">
            {searches.map((s) => {
              const label = s.search.text || s.query || t("allJobs");
              return (
                <li key={s.id}>
                  <Card className="space-y-3 p-4">
                    {s.query ? <JobChips search={s.search} facets={facets} locale={locale} linked={false} /> : <p className="font-medium">{t("allJobs")}</p>}
                    <p className="flex flex-wrap items-center gap-2 text-sm text-slate-700">
                      <Badge tone={s.notify ? "green" : "slate"}>{s.notify ? t("alertsOn") : t("alertsOff")}</Badge>
                      {t("savedOn", { date: date(s.createdAt) })}
                    </p>
                    <div className="flex flex-wrap items-center gap-2">
                      <Link href={`/jobs${s.query ? `?${s.query}` : ""}`} className="text-sm font-medium text-brand-700 underline">
                        {t("open")}
                      </Link>
                      <SearchNotifyButton searchId={s.id} notify={s.notify} label={label} />
                      <DeleteSearchButton searchId={s.id} label={label} />
                    </div>
                  </Card>
                </li>
              );
            })}
          </ul>
        )}
      </section>
    </div>
  );
}
