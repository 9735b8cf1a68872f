import "server-only";
// What happens to published postings with time, without a request arriving:
// three days before the end the company's members get a reminder (an in-app
// notice, and an e-mail where SMTP is configured), and at the end the posting
// expires (kept, marked expired, never deleted).
//
// Exactly once with any number of instances: each step is one conditional
// UPDATE … RETURNING (a reminder only where none was sent, an expiry only of a
// posting still published), so a row is claimed by one transaction only and
// its notices are written in that transaction. An advisory lock spares the
// other instances the work; the claim is what makes it exactly once.
import { db } from "@/lib/db";
import { POSTING_LIMITS } from "@/lib/domain/posting-rules";
import { publicUrl } from "@/lib/env";
import { log, logError } from "@/lib/log";
import { pick } from "@/lib/domain/taxonomy";
import { mailUsers } from "@/lib/server/notice-mail";
import { notifyCompany } from "@/lib/server/notices";
import { syncJobSearch } from "@/lib/server/job-search/sync";

export const LIFECYCLE_INTERVAL_MS = 60 * 1000;
/** Postings expired, and reminders sent, per run at most. */
const LIFECYCLE_BATCH = 200;
/** Any fixed number: instances agree on it, nothing else in the app uses it. */
const LIFECYCLE_LOCK = 80_201;

interface Claimed {
  id: string;
}

export interface LifecycleRun {
  skipped: boolean;
  reminded: string[];
  expired: string[];
}

export async function runPostingLifecycle(now = new Date()): Promise<LifecycleRun> {
  const soon = new Date(now.getTime() + POSTING_LIMITS.reminderDays * 86_400_000);
  const result = await db.$transaction(async (tx) => {
    const lock = await tx.$queryRaw<{ locked: boolean }[]>`SELECT pg_try_advisory_xact_lock(${LIFECYCLE_LOCK}) AS locked`;
    if (!lock[0]?.locked) return { skipped: true, reminded: [], expired: [], mail: [] as { postingId: string; userIds: string[] }[] };

    // At most LIFECYCLE_BATCH of each per run: a large board's backlog is worked off minute by minute, never in one long transaction.
    const expired = await tx.$queryRaw<Claimed[]>`
      UPDATE "JobPosting" SET "status" = 'EXPIRED', "version" = "version" + 1, "updatedAt" = ${now}
      WHERE "id" IN (SELECT "id" FROM "JobPosting" WHERE "status" = 'PUBLISHED' AND "expiresAt" <= ${now} ORDER BY "expiresAt" LIMIT ${LIFECYCLE_BATCH})
        AND "status" = 'PUBLISHED'
      RETURNING "id"`;
    const reminded = await tx.$queryRaw<Claimed[]>`
      UPDATE "JobPosting" SET "reminderSentAt" = ${now}
      WHERE "id" IN (SELECT "id" FROM "JobPosting" WHERE "status" = 'PUBLISHED' AND "reminderSentAt" IS NULL AND "expiresAt" > ${now} AND "expiresAt" <= ${soon}
                     ORDER BY "expiresAt" LIMIT ${LIFECYCLE_BATCH})
        AND "status" = 'PUBLISHED' AND "reminderSentAt" IS NULL
      RETURNING "id"`;
    await syncJobSearch(tx, expired.map((r) => r.id));
    for (const { id } of expired) {
      await tx.postingEvent.create({ data: { postingId: id, actorName: "Rolemap", from: "PUBLISHED", to: "EXPIRED" } });
      await notifyCompany(tx, id, "POSTING_EXPIRED");
    }
    const mail = [];
    for (const { id } of reminded) mail.push({ postingId: id, userIds: await notifyCompany(tx, id, "POSTING_EXPIRING") });
    return { skipped: false, reminded: reminded.map((r) => r.id), expired: expired.map((r) => r.id), mail };
  });
  if (result.reminded.length + result.expired.length > 0) {
    log("info", "postings.lifecycle", { reminded: result.reminded.length, expired: result.expired.length });
  }
  // After the commit: an e-mail is sent at most once (a crash here loses it; the in-app notice stays).
  for (const m of result.mail) await mailReminder(m.postingId, m.userIds);
  return { skipped: result.skipped, reminded: result.reminded, expired: result.expired };
}

async function mailReminder(postingId: string, userIds: string[]): Promise<void> {
  const posting = await db.jobPosting.findUnique({ where: { id: postingId }, select: { titleEn: true, titleRu: true, expiresAt: true } });
  if (!posting?.expiresAt) return;
  const date = posting.expiresAt.toISOString().slice(0, 10);
  await mailUsers(userIds, { subject: "postings.mail.expiringSubject", body: "postings.mail.expiringBody" }, (locale) => ({
    title: pick(posting, "title", locale),
    date,
    link: `${publicUrl}/company/postings/${postingId}`,
  }));
}

let timer: NodeJS.Timeout | undefined;

/** Runs the lifecycle every `intervalMs` while the server runs; the timer never keeps the process alive. */
export function startPostingLifecycle(intervalMs = LIFECYCLE_INTERVAL_MS): void {
  if (timer) return;
  timer = setInterval(() => {
    runPostingLifecycle().catch((error: unknown) => logError("postings.lifecycle_failed", error));
  }, intervalMs);
  timer.unref();
}
