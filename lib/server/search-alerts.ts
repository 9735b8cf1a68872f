import "server-only";
// Saved-search alerts: every few minutes, each saved search with alerts on is
// run again (newest first); the postings published since it was saved that it
// has not alerted about yet are claimed and announced in one notice (and an
// e-mail where SMTP is configured).
//
// Once per saved search and posting, with any number of instances: the claim
// is an INSERT into SearchAlert, whose key is (savedSearchId, postingId), with
// ON CONFLICT DO NOTHING … RETURNING, in the transaction that writes the
// notice. Two instances that found the same posting both try; the second
// waits on the first's row and then gets nothing back, so it writes no notice.
import { db } from "@/lib/db";
import { pick } from "@/lib/domain/taxonomy";
import { publicUrl } from "@/lib/env";
import { isLocale } from "@/lib/i18n/config";
import { log, logError } from "@/lib/log";
import { searchJobs } from "@/lib/server/job-search";
import { mailUsers } from "@/lib/server/notice-mail";
import { parseJobSearch } from "@/lib/validations/job-search";

export const ALERTS_INTERVAL_MS = 5 * 60 * 1000;
/** Postings named in one notice at most (the link leads to all of them). */
const LISTED = 5;

interface Claimed {
  userId: string;
  query: string;
  titles: { en: string; ru: string }[];
}

/** Alerts for one saved search; returns what it claimed (nothing when another run was first). */
async function alertSearch(s: { id: string; userId: string; query: string; createdAt: Date; locale: string }, now: Date): Promise<Claimed | null> {
  const search = { ...parseJobSearch(new URLSearchParams(s.query)), sort: "date" as const, page: 1, asOf: null };
  const found = await searchJobs(search, isLocale(s.locale) ? s.locale : "en", now);
  // Published at or after the moment of saving: the page the search was saved from was read before it.
  const fresh = found.cards.filter((c) => new Date(c.publishedAt) >= s.createdAt).map((c) => c.id);
  if (fresh.length === 0) return null;
  return db.$transaction(async (tx) => {
    const claimed = await tx.$queryRaw<{ postingId: string }[]>`
      INSERT INTO "SearchAlert" ("savedSearchId", "postingId", "createdAt")
      SELECT ${s.id}, id, ${now} FROM unnest(${fresh}::text[]) AS id
      ON CONFLICT DO NOTHING
      RETURNING "postingId"`;
    if (claimed.length === 0) return null;
    const postings = await tx.jobPosting.findMany({ where: { id: { in: claimed.map((c) => c.postingId) } }, orderBy: { publishedAt: "desc" }, select: { titleEn: true, titleRu: true } });
    const titles = postings.map((p) => ({ en: pick(p, "title", "en"), ru: pick(p, "title", "ru") }));
    const locale = s.locale === "ru" ? "ru" : "en";
    const quote = (title: string) => (locale === "ru" ? `«${title}»` : `“${title}”`);
    const list = titles.slice(0, LISTED).map((t) => quote(t[locale])).join(", ") + (titles.length > LISTED ? "…" : "");
    await tx.notice.create({
      data: {
        userId: s.userId,
        kind: "SEARCH_ALERT",
        data: { count: String(titles.length), list, query: s.query },
      },
    });
    return { userId: s.userId, query: s.query, titles };
  });
}

export async function runSearchAlerts(now = new Date()): Promise<{ searches: number; alerted: number }> {
  const searches = await db.savedSearch.findMany({
    where: { notify: true, user: { role: "CANDIDATE", disabled: false } },
    select: { id: true, userId: true, query: true, createdAt: true, user: { select: { locale: true } } },
  });
  let alerted = 0;
  for (const s of searches) {
    const claimed = await alertSearch({ ...s, locale: s.user.locale }, now).catch((error: unknown) => {
      logError("alerts.search_failed", error);
      return null;
    });
    if (!claimed) continue;
    alerted++;
    await mailUsers([claimed.userId], { subject: "applications.mail.alertSubject", body: "applications.mail.alertBody" }, (locale) => ({
      count: claimed.titles.length,
      list: claimed.titles.map((t) => `- ${t[locale]}`).join("\n"),
      link: `${publicUrl}/jobs${claimed.query ? `?${claimed.query}` : ""}`,
    }));
  }
  if (alerted > 0) log("info", "alerts.sent", { searches: searches.length, alerted });
  return { searches: searches.length, alerted };
}

let timer: NodeJS.Timeout | undefined;

/** Runs the alerts every `intervalMs` while the server runs; the timer never keeps the process alive. */
export function startSearchAlerts(intervalMs = ALERTS_INTERVAL_MS): void {
  if (timer) return;
  timer = setInterval(() => {
    runSearchAlerts().catch((error: unknown) => logError("alerts.failed", error));
  }, intervalMs);
  timer.unref();
}
