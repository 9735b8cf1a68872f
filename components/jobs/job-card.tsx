import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { countryName, salaryRange } from "@/lib/i18n/format";
import type { AppLocale } from "@/lib/i18n/config";
import { JobMatchLine } from "@/components/jobs/job-match";
import type { JobCard as JobCardView } from "@/lib/views/jobs";

/** One result: the title links to the job page; the rest is what people scan a list for. */
export async function JobCard({ job, locale, now }: { job: JobCardView; locale: AppLocale; now: Date }) {
  const [t, tp, format] = await Promise.all([getTranslations("jobs.board"), getTranslations("postings"), getFormatter()]);
  const place = [job.city, job.country ? countryName(job.country, locale) : null].filter(Boolean).join(", ");
  return (
    <article className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
      <h3 className="text-lg font-semibold leading-snug text-slate-900">
        <Link href={`/jobs/${job.slug}`} prefetch={false} className="hover:text-brand-700 hover:underline">
          {job.title}
        </Link>
      </h3>
      <p className="mt-1 text-sm text-slate-700">
        {job.companyName}
        {job.roleLabel ? <> · {job.roleLabel}</> : null}
      </p>
      <p className="mt-2 flex flex-wrap gap-x-3 gap-y-1 text-sm text-slate-800">
        <span>
          {job.workMode ? tp(`workMode.${job.workMode}`) : null}
          {place ? `${job.workMode ? " · " : ""}${place}` : null}
        </span>
        <span className="font-medium">
          {job.salary ? t("salaryRange", { range: salaryRange(job.salary, locale), currency: job.salary.currency }) : t("salaryHidden")}
        </span>
      </p>
      {job.skills.length > 0 ? (
        <ul className="mt-3 flex flex-wrap gap-1.5" aria-label={tp("view.mustHave")}>
          {job.skills.map((s) => (
            <li key={s} className="rounded bg-slate-100 px-2 py-0.5 text-xs text-slate-800">
              {s}
            </li>
          ))}
        </ul>
      ) : null}
      {job.match ? <JobMatchLine match={job.match} /> : null}
      <p className="mt-3 text-xs text-slate-600">
        <time dateTime={job.publishedAt}>{t("postedAgo", { ago: format.relativeTime(new Date(job.publishedAt), now) })}</time>
      </p>
    </article>
  );
}
