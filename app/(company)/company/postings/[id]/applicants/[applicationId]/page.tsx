import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { FitSummary } from "@/components/applications/fit-summary";
import { MoveStageForm } from "@/components/applications/move-stage-form";
import { NoteForm } from "@/components/applications/note-form";
import { StageBadge } from "@/components/applications/stage-badge";
import { Alert } from "@/components/ui/alert";
import { Card } from "@/components/ui/card";
import { requireRole } from "@/lib/auth/session";
import { STAGE_MOVES } from "@/lib/domain/application-rules";
import { pick } from "@/lib/domain/taxonomy";
import type { AppLocale } from "@/lib/i18n/config";
import { languageName } from "@/lib/i18n/format";
import { getApplicant } from "@/lib/server/applications/pipeline";

type Props = { params: Promise<{ id: string; applicationId: string }> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("applications.applicants"))("title") };
}

const H2 = "text-lg font-semibold text-slate-900";

export default async function ApplicantPage({ params }: Props) {
  const user = await requireRole("EMPLOYER");
  const [{ id, applicationId }, locale] = await Promise.all([params, getLocale() as Promise<AppLocale>]);
  const [a, t, ta, tl, ts, tp, format] = await Promise.all([
    getApplicant(user, id, applicationId, locale),
    getTranslations("applications.applicant"),
    getTranslations("applications.apply"),
    getTranslations("applications.applicants"),
    getTranslations("applications.stage"),
    getTranslations("postings"),
    getFormatter(),
  ]);
  if (!a) notFound();
  const s = a.snapshot;
  const when = (iso: string) => format.dateTime(new Date(iso), { dateStyle: "medium", timeStyle: "short" });
  const moves = STAGE_MOVES[a.stage];

  return (
    <div className="mx-auto max-w-5xl space-y-6">
      <p className="text-sm">
        <Link href={`/company/postings/${id}/applicants`} className="text-brand-700 underline">
          ← {t("back")}
        </Link>
      </p>
      <header className="space-y-2">
        <h1 className="break-words text-2xl font-semibold tracking-tight text-slate-900">{a.name ?? tl("deleted")}</h1>
        <p className="break-words text-slate-700">{a.postingTitle}</p>
        <p className="flex flex-wrap items-center gap-2 text-sm text-slate-700">
          <StageBadge stage={a.stage} /> {when(a.stageChangedAt)}
        </p>
        <FitSummary fit={a.fit} mustMet={a.mustMet} mustTotal={a.mustTotal} knockoutsFailed={a.knockoutsFailed} />
      </header>
      {!s ? <Alert tone="info">{t("deleted")}</Alert> : null}

      <div className="grid gap-6 lg:grid-cols-3">
        <div className="space-y-6 lg:col-span-2">
          {s ? (
            <Card>
              <h2 className={H2}>{t("profile")}</h2>
              {s.headline ? <p className="mt-1 break-words text-slate-800">{s.headline}</p> : null}
              <dl className="mt-3 grid gap-3 text-sm sm:grid-cols-2">
                <div>
                  <dt className="text-slate-600">{t("contact")}</dt>
                  <dd className="break-all">
                    <a href={`mailto:${s.email}`} className="text-brand-700 underline">
                      {s.email}
                    </a>
                  </dd>
                </div>
                {s.location ? (
                  <div>
                    <dt className="text-slate-600">{t("location")}</dt>
                    <dd className="break-words">{s.location}</dd>
                  </div>
                ) : null}
                {s.workMode ? (
                  <div>
                    <dt className="text-slate-600">{t("workMode")}</dt>
                    <dd>{tp(`workMode.${s.workMode}`)}</dd>
                  </div>
                ) : null}
                {s.salaryFrom !== null && s.currency ? (
                  <div>
                    <dt className="text-slate-600">{t("salary")}</dt>
                    <dd>{format.number(s.salaryFrom, { style: "currency", currency: s.currency, maximumFractionDigits: 0 })}</dd>
                  </div>
                ) : null}
                {s.languages.length > 0 ? (
                  <div>
                    <dt className="text-slate-600">{t("languages")}</dt>
                    <dd>{s.languages.map((l) => languageName(l, locale)).join(", ")}</dd>
                  </div>
                ) : null}
              </dl>
              {s.roles.length > 0 ? (
                <>
                  <h3 className="mt-4 text-sm font-semibold text-slate-900">{t("roles")}</h3>
                  <ul className="mt-1 space-y-1 text-sm text-slate-800">
                    {s.roles.map((r, i) => (
                      <li key={i} className="break-words">
                        {pick(r, "label", locale)}
                        {r.title ? ` (${r.title})` : ""} · {t("years", { years: r.years })}
                        {r.current ? ` · ${t("current")}` : ""}
                      </li>
                    ))}
                  </ul>
                </>
              ) : null}
              {s.about ? (
                <>
                  <h3 className="mt-4 text-sm font-semibold text-slate-900">{t("about")}</h3>
                  <p className="mt-1 whitespace-pre-line break-words text-sm text-slate-800">{s.about}</p>
                </>
              ) : null}
            </Card>
          ) : null}

          <Card>
            <h2 className={H2}>{t("skills")}</h2>
            <ul className="mt-2 space-y-1 text-sm">
              {a.skills.map((k) => (
                <li key={k.label} className="flex flex-wrap gap-x-2">
                  <span className={k.level !== null && k.level >= k.wanted ? "text-green-800" : "text-slate-900"}>
                    {k.level !== null && k.level >= k.wanted ? "✓ " : "○ "}
                    {k.label}
                  </span>
                  <span className="text-slate-600">
                    {k.level === null ? t("notStated", { wanted: k.wanted }) : t("level", { level: k.level, wanted: k.wanted })}
                    {k.mustHave ? ` · ${t("mustHave")}` : ""}
                  </span>
                </li>
              ))}
            </ul>
          </Card>

          {s ? (
            <Card>
              <h2 className={H2}>{t("cover")}</h2>
              <p className="mt-2 whitespace-pre-line break-words text-sm text-slate-800">{a.coverNote ?? t("noCover")}</p>
              <h2 className={`${H2} mt-6`}>{t("answers")}</h2>
              {a.answers.length === 0 ? (
                <p className="mt-2 text-sm text-slate-700">{t("noQuestions")}</p>
              ) : (
                <dl className="mt-2 space-y-3 text-sm">
                  {a.answers.map((q) => (
                    <div key={q.id}>
                      <dt className="break-words font-medium text-slate-900">{(locale === "ru" ? q.textRu : q.textEn) || q.textEn || q.textRu}</dt>
                      <dd className="whitespace-pre-line break-words text-slate-800">
                        {q.kind === "YES_NO" ? ta(q.answer === "yes" ? "yes" : "no") : q.answer}
                        {q.failed ? <span className="ml-2 rounded bg-red-50 px-2 py-0.5 font-medium text-red-800">⚑ {t("failed")}</span> : null}
                      </dd>
                    </div>
                  ))}
                </dl>
              )}
            </Card>
          ) : null}
        </div>

        <div className="space-y-6">
          <Card>
            <h2 className={H2}>{t("move.title")}</h2>
            {moves.length === 0 ? (
              <p className="mt-2 text-sm text-slate-700">{t("move.final")}</p>
            ) : (
              <div className="mt-2">
                <MoveStageForm applicationId={a.id} version={a.version} moves={moves} />
              </div>
            )}
            {a.stage === "REJECTED" && a.rejectionReason ? <p className="mt-3 break-words text-sm text-slate-700">{a.rejectionReason}</p> : null}
            <h3 className="mt-6 text-sm font-semibold text-slate-900">{t("history")}</h3>
            <ol className="mt-1 space-y-1 text-sm text-slate-700">
              {a.events.map((e) => (
                <li key={e.at + e.to}>
                  {when(e.at)}: {e.from === null ? t("applied") : ts(e.to)} {e.actorName ? t("by", { name: e.actorName }) : e.from === null ? "" : t("byCandidate")}
                </li>
              ))}
            </ol>
          </Card>
          <Card>
            <h2 className={H2}>{t("notes.title")}</h2>
            <p className="mt-1 text-sm text-slate-600">{t("notes.lead")}</p>
            {a.notes.length === 0 ? <p className="mt-3 text-sm text-slate-700">{t("notes.empty")}</p> : null}
            <ul className="mt-3 space-y-3">
              {a.notes.map((n) => (
                <li key={n.id} className="rounded-md bg-slate-50 px-3 py-2 text-sm">
                  <p className="whitespace-pre-line break-words text-slate-900">{n.body}</p>
                  <p className="mt-1 text-xs text-slate-600">{t("notes.meta", { name: n.authorName, date: when(n.createdAt) })}</p>
                </li>
              ))}
            </ul>
            <div className="mt-4">
              <NoteForm applicationId={a.id} />
            </div>
          </Card>
        </div>
      </div>
    </div>
  );
}
