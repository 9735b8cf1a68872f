import "server-only";
// A posting's applicants as CSV for the company's members: one row per
// application in the ranked order, the screening answers one column each.
// Every cell goes through safeCell: an answer typed as "=HYPERLINK(…)" opens
// as text in a spreadsheet, never as a formula.
import { createTranslator } from "next-intl";
import { db } from "@/lib/db";
import type { AnsweredQuestion } from "@/lib/domain/application-rules";
import type { AppLocale } from "@/lib/i18n/config";
import { loadMessages } from "@/lib/i18n/messages";
import { listApplicants } from "@/lib/server/applications/pipeline";
import { toCsv } from "@/lib/server/csv";
import { ownPosting } from "@/lib/server/postings/access";
import type { SessionUser } from "@/lib/server/sessions";
import type { ApplicationSnapshot } from "@/lib/views/applications";

type CsvMessages = { applications: { csv: Record<string, string>; stage: Record<string, string> } };

/** The file's name and text, or null when the posting is not the actor's company's. */
export async function applicantsCsv(actor: SessionUser, postingId: string, locale: AppLocale): Promise<{ filename: string; body: string } | null> {
  const page = await listApplicants(actor, postingId, { stage: "all", knockoutsPassed: false, fitMin: 0 }, locale, null);
  if (!page) return null;
  const [details, questions] = await Promise.all([
    db.application.findMany({
      where: { postingId, posting: ownPosting(actor, postingId) },
      select: { id: true, candidateId: true, snapshot: true, coverNote: true, answers: true },
    }),
    db.postingQuestion.findMany({ where: { postingId }, orderBy: { position: "asc" }, select: { id: true, kind: true, textEn: true, textRu: true } }),
  ]);
  const byId = new Map(details.map((d) => [d.id, d]));
  const t = createTranslator({ locale, messages: (await loadMessages(locale)) as CsvMessages, namespace: "applications" });
  const columns = [
    t("csv.name"),
    t("csv.email"),
    t("csv.headline"),
    t("csv.location"),
    t("csv.stage"),
    t("csv.appliedAt"),
    t("csv.stageChangedAt"),
    t("csv.fit"),
    t("csv.mustHaves"),
    t("csv.knockoutsFailed"),
    t("csv.matched"),
    t("csv.missing"),
    t("csv.coverNote"),
    ...questions.map((q) => (locale === "ru" ? q.textRu || q.textEn : q.textEn || q.textRu)),
  ];
  const rows = page.rows.map((row) => {
    const d = byId.get(row.id);
    // A deleted account leaves the row (a count) without its person.
    const snapshot = d?.candidateId ? (d.snapshot as unknown as ApplicationSnapshot) : null;
    const answers = new Map(((d?.answers ?? []) as unknown as AnsweredQuestion[]).map((a) => [a.id, a.answer]));
    return [
      snapshot?.name ?? t("csv.deleted"),
      snapshot?.email ?? "",
      snapshot?.headline ?? "",
      snapshot?.location ?? "",
      t(`stage.${row.stage}`),
      row.appliedAt.slice(0, 10),
      row.stageChangedAt.slice(0, 10),
      row.fit === null ? "" : String(row.fit),
      `${row.mustMet}/${row.mustTotal}`,
      String(row.knockoutsFailed),
      row.matched.join("; "),
      row.missing.join("; "),
      (snapshot && d?.coverNote) || "",
      ...questions.map((q) => {
        const answer = snapshot ? (answers.get(q.id) ?? "") : "";
        return q.kind === "YES_NO" && (answer === "yes" || answer === "no") ? t(`csv.${answer}`) : answer;
      }),
    ];
  });
  return { filename: `applicants-${postingId}.csv`, body: toCsv(columns, rows) };
}
