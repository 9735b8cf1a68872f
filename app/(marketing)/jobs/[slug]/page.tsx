import type { Metadata } from "next";
import Link from "next/link";
import { notFound, permanentRedirect } from "next/navigation";
import { cache } from "react";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { JobJsonLd } from "@/components/jobs/job-json-ld";
import { JobMatchLine } from "@/components/jobs/job-match";
import { PostingView } from "@/components/postings/posting-view";
import { ApplyPanel } from "@/components/applications/apply-panel";
import { getSession } from "@/lib/auth/session";
import { idOfJobSlug } from "@/lib/domain/job-slug";
import { plainSummary } from "@/lib/domain/posting-description";
import { isLocale, type AppLocale } from "@/lib/i18n/config";
import { getApplyState } from "@/lib/server/applications/apply";
import { isJobSaved } from "@/lib/server/saved";
import { getMyStatedSkills, matchPosting } from "@/lib/server/career/job-match";
import { countJobView, getPublicJob } from "@/lib/server/postings/public";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<{ lang?: string | string[] }> };

/** The posting for this request (metadata and page share one read), or not-found for anyone who may not see it. */
const load = cache(async (slug: string, lang: string | undefined) => {
  const id = idOfJobSlug(slug);
  if (!id) notFound();
  const readerLocale = (await getLocale()) as AppLocale;
  const language = isLocale(lang) ? lang : readerLocale;
  const [user] = await Promise.all([getSession()]);
  const job = await getPublicJob(user, id, language);
  if (!job) notFound();
  if (slug !== job.slug) permanentRedirect(`/jobs/${job.slug}${isLocale(lang) ? `?lang=${lang}` : ""}`);
  return { job, user, readerLocale };
});

const langOf = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const [{ slug }, { lang }] = await Promise.all([params, searchParams]);
  const { job } = await load(slug, langOf(lang));
  const description = plainSummary(job.display.description, 200) || `${job.display.companyName} · ${job.display.roleLabel ?? ""}`;
  const title = `${job.display.title} — ${job.display.companyName}`;
  return {
    title,
    description,
    alternates: { canonical: `/jobs/${job.slug}` },
    robots: job.isOpen ? undefined : { index: false, follow: true },
    openGraph: { type: "website", siteName: "Rolemap", title, description, url: `/jobs/${job.slug}`, locale: job.language === "ru" ? "ru_RU" : "en_US" },
    twitter: { card: "summary", title, description },
  };
}

export default async function JobPage({ params, searchParams }: Props) {
  const [{ slug }, { lang }] = await Promise.all([params, searchParams]);
  const { job, user, readerLocale } = await load(slug, langOf(lang));
  const [t, tp, tm, format, mine, applyState, saved] = await Promise.all([
    getTranslations("jobs.job"),
    getTranslations("postings"),
    getTranslations("jobs.match"),
    getFormatter(),
    getMyStatedSkills(user),
    job.isOpen ? getApplyState(user, job.id, readerLocale) : null,
    isJobSaved(user, job.id),
  ]);
  const match = mine ? await matchPosting(job.id, mine, readerLocale) : undefined;
  const now = new Date();
  // Views count readers, not the company looking at its own page.
  if (job.isOpen && (!user || user.role === "CANDIDATE")) await countJobView(job.id);

  return (
    <div className="mx-auto max-w-3xl">
      {job.isPublic ? <JobJsonLd job={job} /> : null}
      <p className="mb-4">
        <Link href="/jobs" prefetch={false} className="text-sm text-brand-700 underline hover:text-brand-800">
          ← {t("back")}
        </Link>
      </p>
      {!job.isPublic ? (
        <p role="status" className="mb-4 rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-900">
          {t("notPublic", { status: tp(`status.${job.status}`) })}
        </p>
      ) : job.status === "EXPIRED" ? (
        <p role="status" className="mb-4 rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-900">
          {t("expired")}
        </p>
      ) : null}
      <div className="mb-4 flex flex-wrap items-center gap-x-4 gap-y-1 text-sm text-slate-700">
        {job.publishedAt ? <time dateTime={job.publishedAt}>{t("posted", { ago: format.relativeTime(new Date(job.publishedAt), now) })}</time> : null}
        {job.isOpen && job.expiresAt ? <span>{t("validThrough", { date: format.dateTime(new Date(job.expiresAt), { dateStyle: "long" }) })}</span> : null}
        {job.otherLanguage ? (
          <a href={`/jobs/${job.slug}?lang=${job.otherLanguage}`} hrefLang={job.otherLanguage} className="text-brand-700 underline hover:text-brand-800">
            {t("readIn", { language: t(`languageName.${job.otherLanguage}`) })}
          </a>
        ) : null}
      </div>
      {match ? (
        <section aria-label={tm("title")} className="mb-6" lang={readerLocale}>
          <JobMatchLine match={match} />
          <p className="mt-1 text-xs text-slate-600">{tm("how")}</p>
        </section>
      ) : null}
      <PostingView posting={job.display} locale={job.language} headingLevel={1} questions="none" />
      <p className="mt-4 text-sm text-slate-700" lang={readerLocale}>
        {t("questionsCount", { count: job.display.questions.length })}
      </p>
      {job.isOpen && applyState ? <ApplyPanel state={applyState} postingId={job.id} slug={job.slug} saved={saved} /> : null}
      {job.companyWebsite ? (
        <p className="mt-4 text-sm">
          <a href={job.companyWebsite} rel="noopener noreferrer nofollow" className="text-brand-700 underline hover:text-brand-800">
            {t("companySite", { company: job.display.companyName })}
          </a>
        </p>
      ) : null}
      {job.roleSlug && job.display.roleLabel ? (
        <p className="mt-6">
          <Link href={`/jobs?role=${job.roleSlug}`} prefetch={false} className="text-sm text-brand-700 underline hover:text-brand-800">
            {t("moreLikeThis", { role: job.display.roleLabel })}
          </Link>
        </p>
      ) : null}
    </div>
  );
}
