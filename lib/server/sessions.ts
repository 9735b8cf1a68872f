import "server-only";
// Server-side sessions: the JWT cookie only names a UserSession row, and every
// request checks that row, so ending a session on the server really ends it.
import { db } from "@/lib/db";
import type { AppLocale } from "@/lib/i18n/config";
import type { UserRole } from "@/lib/views/vocabulary";

export const SESSION_MAX_AGE_SECONDS = 30 * 24 * 60 * 60;

export interface SessionUser {
  sessionId: string;
  id: string;
  email: string;
  name: string;
  role: UserRole;
  locale: AppLocale;
}

export async function createUserSession(userId: string, userAgent: string | null, addressHash: string | null = null): Promise<string> {
  const row = await db.userSession.create({
    data: {
      userId,
      userAgent: userAgent?.slice(0, 300) ?? null,
      addressHash,
      expiresAt: new Date(Date.now() + SESSION_MAX_AGE_SECONDS * 1000),
    },
    select: { id: true },
  });
  return row.id;
}

/** The signed-in user behind a session id, or null when the session has ended. */
export async function getActiveSessionUser(sessionId: string): Promise<SessionUser | null> {
  // One statement (a relation read is two): every signed-in request starts here.
  const rows = await db.$queryRaw<Omit<SessionUser, "sessionId">[]>`
    SELECT u."id", u."email", u."name", u."role"::text AS "role", u."locale"::text AS "locale"
    FROM "UserSession" s JOIN "User" u ON u."id" = s."userId"
    WHERE s."id" = ${sessionId} AND s."revokedAt" IS NULL AND s."expiresAt" > ${new Date()} AND NOT u."disabled"`;
  return rows[0] ? { sessionId, ...rows[0] } : null;
}

export async function revokeSession(sessionId: string): Promise<void> {
  await db.userSession.updateMany({ where: { id: sessionId, revokedAt: null }, data: { revokedAt: new Date() } });
}

/** Ends every session of a user, except `keepSessionId` when given. */
export async function revokeUserSessions(userId: string, keepSessionId?: string): Promise<number> {
  const { count } = await db.userSession.updateMany({
    where: { userId, revokedAt: null, ...(keepSessionId ? { id: { not: keepSessionId } } : {}) },
    data: { revokedAt: new Date() },
  });
  return count;
}
