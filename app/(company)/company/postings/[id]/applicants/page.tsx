import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { ApplicantFilters } from "@/components/applications/applicant-filters";
import { FitSummary } from "@/components/applications/fit-summary";
import { StageBadge } from "@/components/applications/stage-badge";
import { buttonClass } from "@/components/ui/button";
import { Card, PageHeader } from "@/components/ui/card";
import { requireRole } from "@/lib/auth/session";
import { APPLICATION_STAGES } from "@/lib/domain/application-rules";
import type { AppLocale } from "@/lib/i18n/config";
import { listApplicants } from "@/lib/server/applications/pipeline";
import { parseApplicantFilter } from "@/lib/validations/application";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

const SKILLS_SHOWN = 4;

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("applications.applicants"))("title") };
}

export default async function ApplicantsPage({ params, searchParams }: Props) {
  const user = await requireRole("EMPLOYER");
  const [{ id }, raw, locale] = await Promise.all([params, searchParams, getLocale()]);
  const filter = parseApplicantFilter(raw);
  const [page, t, ts, format] = await Promise.all([
    listApplicants(user, id, filter, locale as AppLocale),
    getTranslations("applications.applicants"),
    getTranslations("applications.stage"),
    getFormatter(),
  ]);
  if (!page) notFound();
  const list = (skills: string[]) => skills.slice(0, SKILLS_SHOWN).join(", ") + (skills.length > SKILLS_SHOWN ? ` +${skills.length - SKILLS_SHOWN}` : "");

  return (
    <div className="mx-auto max-w-5xl space-y-6">
      <p className="text-sm">
        <Link href={`/company/postings/${id}`} className="text-brand-700 underline">
          {t("back")}
        </Link>
      </p>
      <PageHeader title={t("title")} lead={`${t("for", { title: page.postingTitle })}. ${t("lead")}`}>
        {page.total > 0 ? (
          <a href={`/company/postings/${id}/applicants.csv`} className={buttonClass("secondary")} download>
            {t("export")}
          </a>
        ) : null}
      </PageHeader>
      {page.total > 0 ? (
        <>
          <p className="flex flex-wrap gap-x-4 gap-y-1 text-sm text-slate-700">
            {APPLICATION_STAGES.filter((s) => page.counts[s]).map((s) => (
              <span key={s}>{t("count", { stage: ts(s), count: page.counts[s] ?? 0 })}</span>
            ))}
          </p>
          <ApplicantFilters filter={filter} action={`/company/postings/${id}/applicants`} />
        </>
      ) : null}
      {page.rows.length === 0 ? (
        <Card>
          <p className="text-slate-700">{page.total === 0 ? t("empty") : t("emptyFiltered")}</p>
        </Card>
      ) : (
        <>
          <p className="text-sm text-slate-600" role="status">
            {t("shown", { count: page.rows.length })}
          </p>
          <ol className="space-y-3" aria-label={t("title")}>
            {page.rows.map((r) => (
              <li key={r.id}>
                <Card className="p-4 sm:p-5">
                  <div className="flex flex-wrap items-start justify-between gap-2">
                    <div className="min-w-0">
                      <h2 className="break-words font-semibold">
                        <Link href={`/company/postings/${id}/applicants/${r.id}`} className="text-brand-700 underline">
                          {r.name ?? t("deleted")}
                        </Link>
                      </h2>
                      {r.headline ? <p className="break-words text-sm text-slate-700">{r.headline}</p> : null}
                    </div>
                    <p className="flex flex-wrap items-center gap-2 text-sm text-slate-600">
                      <StageBadge stage={r.stage} />
                      {t("appliedOn", { date: format.dateTime(new Date(r.appliedAt), { dateStyle: "medium" }) })}
                    </p>
                  </div>
                  <div className="mt-2">
                    <FitSummary fit={r.fit} mustMet={r.mustMet} mustTotal={r.mustTotal} knockoutsFailed={r.knockoutsFailed} />
                  </div>
                  {r.matched.length > 0 ? <p className="mt-1 break-words text-sm text-slate-700">{t("has", { skills: list(r.matched) })}</p> : null}
                  {r.missing.length > 0 ? <p className="mt-1 break-words text-sm text-slate-700">{t("missing", { skills: list(r.missing) })}</p> : null}
                  {r.noteCount > 0 ? <p className="mt-1 text-xs text-slate-600">{t("notes", { count: r.noteCount })}</p> : null}
                </Card>
              </li>
            ))}
          </ol>
        </>
      )}
    </div>
  );
}
