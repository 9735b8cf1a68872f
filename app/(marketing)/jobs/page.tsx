import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { JobCard } from "@/components/jobs/job-card";
import { SaveSearchButton } from "@/components/applications/saved-buttons";
import { ClientMessages } from "@/components/i18n/client-messages";
import { JobChips } from "@/components/jobs/job-chips";
import { JobFilters } from "@/components/jobs/job-filters";
import { buttonClass } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/card";
import { Pagination } from "@/components/ui/pagination";
import { SEARCH_TEXT_MAX, SEARCH_WORDS_MAX } from "@/lib/domain/search-text";
import { getSession } from "@/lib/auth/session";
import type { AppLocale } from "@/lib/i18n/config";
import { getMyStatedSkills } from "@/lib/server/career/job-match";
import { getJobBoardFacets, searchJobs } from "@/lib/server/job-search";
import { hasFilters, JOB_RESULTS_MAX, JOB_SORTS, JOBS_PER_PAGE, jobSearchHref, jobSearchParams, parseJobSearch } from "@/lib/validations/job-search";

export const dynamic = "force-dynamic";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const [t, search] = await Promise.all([getTranslations("jobs.board"), searchParams.then(parseJobSearch)]);
  return {
    title: t("metaTitle"),
    description: t("lead"),
    alternates: { canonical: jobSearchHref(search) },
    // The board itself is indexed; a typed search or a deep page is followed, not indexed.
    robots: search.text || search.page > 1 ? { index: false, follow: true } : undefined,
    openGraph: { title: t("metaTitle"), description: t("lead"), type: "website", siteName: "Rolemap" },
  };
}

export default async function JobsPage({ searchParams }: Props) {
  const raw = await searchParams;
  const search = parseJobSearch(raw);
  // The form sends every field, empty ones too: answer with the canonical address, so what is shared is short and stable.
  const given = new URLSearchParams(Object.entries(raw).flatMap(([k, v]) => (Array.isArray(v) ? v.map((x) => [k, x]) : v === undefined ? [] : [[k, v]])));
  if (given.toString() !== jobSearchParams(search).toString() && !search.truncated) redirect(jobSearchHref(search));

  const locale = (await getLocale()) as AppLocale;
  const now = new Date();
  // A signed-in candidate sees how each job matches their stated skills, and may sort by it.
  const user = await getSession();
  const mine = await getMyStatedSkills(user);
  const [t, result, facets] = await Promise.all([
    getTranslations("jobs.board"),
    searchJobs(search, locale, now, mine ?? undefined),
    getJobBoardFacets(locale, search.skills),
  ]);
  const sorts = JOB_SORTS.filter((s) => (s === "relevance" ? search.words.length > 0 : s === "fit" ? mine !== null : true));
  const activeCount =
    [search.family, search.country, search.salary, search.role, search.postedWithinDays].filter(Boolean).length +
    search.seniority.length +
    search.workModes.length +
    search.skills.length;
  const from = (search.page - 1) * JOBS_PER_PAGE + 1;
  const withAsOf = { asOf: search.asOf ?? result.asOf };

  return (
    <>
      <PageHeader title={t("title")} lead={t("lead")} />
      <form action="/jobs" method="get" role="search" aria-label={t("searchLabel")} className="grid gap-6 lg:grid-cols-[17rem_minmax(0,1fr)]">
        <div className="flex gap-2 lg:col-span-2">
          <label htmlFor="job-q" className="sr-only">
            {t("searchLabel")}
          </label>
          <input
            id="job-q"
            name="q"
            type="search"
            defaultValue={search.text}
            maxLength={SEARCH_TEXT_MAX}
            placeholder={t("searchPlaceholder")}
            className="block min-w-0 flex-1 rounded-md border border-slate-300 bg-white px-3 py-2 text-base text-slate-900 shadow-sm placeholder:text-slate-500"
          />
          <button type="submit" className={buttonClass("primary")}>
            {t("search")}
          </button>
        </div>
        <div className="lg:row-span-2">
          <JobFilters search={search} facets={facets} locale={locale} activeCount={activeCount} />
        </div>
        <section aria-labelledby="job-results" className="min-w-0">
          <div className="mb-3 flex flex-wrap items-center justify-between gap-3">
            <h2 id="job-results" className="text-lg font-semibold text-slate-900" aria-live="polite">
              {result.exact ? t("count", { count: result.total }) : t("countAbout", { count: result.total })}
              {result.cards.length > 0 && result.pageCount > 1 ? (
                <span className="ml-2 text-sm font-normal text-slate-600">{t("showing", { from, to: from + result.cards.length - 1 })}</span>
              ) : null}
            </h2>
            {sorts.length > 1 ? (
              <div className="flex items-center gap-2">
                <label htmlFor="job-sort" className="text-sm text-slate-700">
                  {t("sort.label")}
                </label>
                <select id="job-sort" name="sort" defaultValue={search.sort} className="rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm">
                  {sorts.map((s) => (
                    <option key={s} value={s}>
                      {t(`sort.${s}`)}
                    </option>
                  ))}
                </select>
                <button type="submit" className={buttonClass("secondary", "px-3 py-1.5")}>
                  {t("sort.apply")}
                </button>
              </div>
            ) : null}
          </div>
          {search.truncated ? (
            <p role="status" className="mb-4 rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-900">
              {t("truncated", { chars: SEARCH_TEXT_MAX, words: SEARCH_WORDS_MAX })}
            </p>
          ) : null}
          <JobChips search={search} facets={facets} locale={locale} />
          {user?.role === "CANDIDATE" && (search.words.length > 0 || hasFilters(search)) ? (
            <div className="mb-4">
              <ClientMessages namespaces={["applications"]}>
                <SaveSearchButton query={jobSearchParams(search).toString()} />
              </ClientMessages>
            </div>
          ) : null}
          {result.cards.length === 0 ? (
            <div className="rounded-lg border border-dashed border-slate-300 bg-white p-8 text-center">
              <p className="font-semibold text-slate-900">{t("emptyTitle")}</p>
              <p className="mt-1 text-sm text-slate-700">{t("emptyBody")}</p>
              {search.words.length > 0 || hasFilters(search) ? (
                <Link href="/jobs" prefetch={false} className={buttonClass("secondary", "mt-4")}>
                  {t("allJobs")}
                </Link>
              ) : null}
            </div>
          ) : (
            <ol className="space-y-3" aria-label={t("results")}>
              {result.cards.map((job) => (
                <li key={job.id}>
                  <JobCard job={job} locale={locale} now={now} />
                </li>
              ))}
            </ol>
          )}
          <Pagination
            page={search.page}
            pageCount={result.pageCount}
            hrefOf={(page) => jobSearchHref(search, { page, ...withAsOf })}
            labels={{ nav: t("pagination"), previous: t("previous"), next: t("next"), page: (page) => t("page", { page }) }}
          />
          {!result.exact && search.page === result.pageCount ? <p className="mt-4 text-sm text-slate-700">{t("bound", { max: JOB_RESULTS_MAX })}</p> : null}
        </section>
      </form>
    </>
  );
}
