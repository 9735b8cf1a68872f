import "server-only";
// Admin operations on accounts. Role changes and disabling end the user's
// sessions' old powers at once: the session check reads role and disabled
// from the database on every request.
import { db } from "@/lib/db";
import { log } from "@/lib/log";
import { revokeUserSessions, type SessionUser } from "@/lib/server/sessions";
import type { UserRole } from "@/lib/generated/prisma/client";
import type { Result } from "@/lib/validations/result";
import type { UserListItem } from "@/lib/views/accounts";

function assertAdmin(actor: SessionUser) {
  if (actor.role !== "ADMIN") throw new Error("Only an admin may manage users");
}

export async function setUserDisabled(actor: SessionUser, userId: string, disabled: boolean): Promise<Result<null>> {
  assertAdmin(actor);
  if (userId === actor.id) return { ok: false, error: "errors.notYourself" };
  const { count } = await db.user.updateMany({ where: { id: userId }, data: { disabled } });
  if (count === 0) return { ok: false, error: "errors.notFound" };
  if (disabled) await revokeUserSessions(userId);
  log("info", "user.disabled_changed", { actorId: actor.id, userId, disabled });
  return { ok: true, value: null };
}

export async function setUserRole(actor: SessionUser, userId: string, role: UserRole): Promise<Result<null>> {
  assertAdmin(actor);
  if (userId === actor.id) return { ok: false, error: "errors.notYourself" };
  const { count } = await db.user.updateMany({ where: { id: userId }, data: { role } });
  if (count === 0) return { ok: false, error: "errors.notFound" };
  log("info", "user.role_changed", { actorId: actor.id, userId, role });
  return { ok: true, value: null };
}

export const USERS_PAGE_SIZE = 50;

/** Users for the admin list, newest first, filtered by e-mail or name. */
export async function listUsers(
  actor: SessionUser,
  query: { q?: string; page: number },
): Promise<{ users: UserListItem[]; total: number }> {
  assertAdmin(actor);
  // Searched literally: LIKE's wildcards (% and _) and its escape character are escaped.
  const literal = query.q?.replace(/[\\%_]/g, (c) => `\\${c}`);
  const where = literal
    ? { OR: [{ email: { contains: literal, mode: "insensitive" as const } }, { name: { contains: literal, mode: "insensitive" as const } }] }
    : {};
  const [rows, total] = await Promise.all([
    db.user.findMany({
      where,
      orderBy: { createdAt: "desc" },
      skip: (query.page - 1) * USERS_PAGE_SIZE,
      take: USERS_PAGE_SIZE,
      select: {
        id: true,
        email: true,
        name: true,
        role: true,
        disabled: true,
        createdAt: true,
        memberships: { take: 1, select: { company: { select: { name: true } } } },
      },
    }),
    db.user.count({ where }),
  ]);
  return {
    users: rows.map(({ memberships, ...u }) => ({ ...u, company: memberships[0]?.company.name ?? null })),
    total,
  };
}

/** The first admin of an installation on PostgreSQL (`npm run admin:create`). */
export async function createAdmin(email: string, name: string, passwordHash: string): Promise<Result<{ id: string }>> {
  const existing = await db.user.findUnique({ where: { email }, select: { id: true } });
  if (existing) return { ok: false, error: "errors.emailTaken" };
  const user = await db.user.create({ data: { email, name, passwordHash, role: "ADMIN" }, select: { id: true } });
  return { ok: true, value: user };
}

/** Any signed-in user's preferred language (kept for e-mails and the next sign-in). */
export async function setMyLocale(actor: SessionUser, locale: "en" | "ru"): Promise<void> {
  await db.user.update({ where: { id: actor.id }, data: { locale } });
}
