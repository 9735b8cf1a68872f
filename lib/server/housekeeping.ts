import "server-only";
// Removes rows that can never matter again: ended sessions, used or expired
// reset links, and rate-limit windows long past. Run at every start.
import { db } from "@/lib/db";
import { log } from "@/lib/log";

const DAY = 24 * 60 * 60 * 1000;

export async function purgeExpired(now = new Date()): Promise<void> {
  const weekAgo = new Date(now.getTime() - 7 * DAY);
  const [sessions, tokens, buckets] = await db.$transaction([
    db.userSession.deleteMany({ where: { OR: [{ expiresAt: { lt: now } }, { revokedAt: { lt: weekAgo } }] } }),
    db.passwordResetToken.deleteMany({ where: { OR: [{ expiresAt: { lt: weekAgo } }, { usedAt: { lt: weekAgo } }] } }),
    db.rateLimitBucket.deleteMany({ where: { windowStart: { lt: new Date(now.getTime() - DAY) } } }),
  ]);
  if (sessions.count + tokens.count + buckets.count > 0) {
    log("info", "housekeeping.purged", { sessions: sessions.count, resetTokens: tokens.count, rateLimitBuckets: buckets.count });
  }
}
