import "server-only";
// Admin operations on accounts. Role changes and disabling end the user's
// sessions' old powers at once: the session check reads role and disabled
// from the database on every request.
import { db } from "@/lib/db";
import { log } from "@/lib/log";
import { revokeUserSessions, type SessionUser } from "@/lib/server/sessions";
import type { UserRole } from "@/lib/generated/prisma/client";
import type { Result } from "@/lib/validations/result";

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
