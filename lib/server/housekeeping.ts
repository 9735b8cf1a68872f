import "server-only";
// Removes rows that can never matter again: ended sessions, used or expired
// reset links, and rate-limit windows long past (every e-mail ever tried at
// sign-in leaves one). Run at every start and then every ten minutes while the
// server runs; on PostgreSQL several instances may run it at once, which is
// harmless (each row is deleted once).
//
// On the embedded database it also refreshes the job board's statistics:
// PGlite has no autovacuum, and the search chooses its path from them
// (lib/server/job-search/statistics.ts). PostgreSQL's autovacuum does it there.
import { database, db } from "@/lib/db";
import { log, logError } from "@/lib/log";
import { purgeStaleBuckets } from "@/lib/server/rate-limit";

const DAY = 24 * 60 * 60 * 1000;
export const HOUSEKEEPING_INTERVAL_MS = 10 * 60 * 1000;

export async function purgeExpired(now = new Date()): Promise<void> {
  const weekAgo = new Date(now.getTime() - 7 * DAY);
  const [sessions, tokens] = await db.$transaction([
    db.userSession.deleteMany({ where: { OR: [{ expiresAt: { lt: now } }, { revokedAt: { lt: weekAgo } }] } }),
    db.passwordResetToken.deleteMany({ where: { OR: [{ expiresAt: { lt: weekAgo } }, { usedAt: { lt: weekAgo } }] } }),
  ]);
  const buckets = await purgeStaleBuckets();
  if (database().kind === "embedded") await db.$executeRawUnsafe(`ANALYZE "PostingSearch"`);
  if (sessions.count + tokens.count + buckets > 0) {
    log("info", "housekeeping.purged", { sessions: sessions.count, resetTokens: tokens.count, rateLimitBuckets: buckets });
  }
}

let timer: NodeJS.Timeout | undefined;

/** Runs purgeExpired() every HOUSEKEEPING_INTERVAL_MS; the timer never keeps the process alive. */
export function startHousekeeping(intervalMs = HOUSEKEEPING_INTERVAL_MS): void {
  if (timer) return;
  timer = setInterval(() => {
    purgeExpired().catch((error: unknown) => logError("housekeeping.failed", error));
  }, intervalMs);
  timer.unref();
}

export function stopHousekeeping(): void {
  clearInterval(timer);
  timer = undefined;
}
