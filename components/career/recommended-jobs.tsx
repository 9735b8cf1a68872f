// Jobs that fit the candidate best, on their home page: the board's "fit"
// sort over open postings, each with why (skills matched, must-haves met,
// what is missing).
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { JobCard } from "@/components/jobs/job-card";
import { Card } from "@/components/ui/card";
import type { AppLocale } from "@/lib/i18n/config";
import type { JobCard as JobCardView } from "@/lib/views/jobs";

export async function RecommendedJobs({ jobs, locale, now }: { jobs: JobCardView[]; locale: AppLocale; now: Date }) {
  const t = await getTranslations("career.recommended");
  return (
    <Card>
      <h2 className="text-lg font-semibold">{t("title")}</h2>
      {jobs.length === 0 ? (
        <p className="mt-2 text-sm text-slate-700">
          {t("empty")}{" "}
          <Link href="/profile/background" className="font-medium text-brand-700 underline">
            {t("fill")}
          </Link>
        </p>
      ) : (
        <>
          <p className="mt-1 text-sm text-slate-700">{t("lead")}</p>
          <ol className="mt-3 space-y-3">
            {jobs.map((job) => (
              <li key={job.id}>
                <JobCard job={job} locale={locale} now={now} />
              </li>
            ))}
          </ol>
          <Link href="/jobs?sort=fit" className="mt-3 inline-block text-sm font-medium text-brand-700 underline">
            {t("all")}
          </Link>
        </>
      )}
    </Card>
  );
}
