import "server-only";
// Password reset by a one-time link that expires in an hour.
import { createHash, randomBytes } from "node:crypto";
import { db } from "@/lib/db";
import { log, logError } from "@/lib/log";
import { sendMail } from "@/lib/server/mailer";
import { hashPassword } from "@/lib/server/passwords";
import { hitBucket } from "@/lib/server/rate-limit";
import { revokeUserSessions } from "@/lib/server/sessions";
import type { Result } from "@/lib/validations/result";

export const RESET_TTL_MS = 60 * 60 * 1000;
export const RESET_MAX_PER_HOUR = 3;

const sha256 = (token: string) => createHash("sha256").update(token).digest("hex");

export interface ResetMailText {
  subject: string;
  body: (link: string) => string;
}

/** A new one-time reset link for a user (the token itself is never stored). */
async function createResetLink(userId: string, baseUrl: string): Promise<string> {
  const token = randomBytes(32).toString("base64url");
  await db.passwordResetToken.create({
    data: { userId, tokenHash: sha256(token), expiresAt: new Date(Date.now() + RESET_TTL_MS) },
  });
  return `${baseUrl.replace(/\/$/, "")}/reset-password?token=${encodeURIComponent(token)}`;
}

/**
 * For an operator without SMTP (`npm run admin:reset-link`): a reset link for
 * an active account, to pass on to its owner by a channel they trust.
 */
export async function issueResetLinkFor(email: string, baseUrl: string): Promise<string | null> {
  const user = await db.user.findUnique({ where: { email }, select: { id: true, disabled: true } });
  if (!user || user.disabled) return null;
  const link = await createResetLink(user.id, baseUrl);
  log("info", "password_reset.issued_by_operator", { userId: user.id });
  return link;
}

/**
 * Sends a reset link when the e-mail belongs to an active account. Answers the
 * same either way, so the form does not tell who has an account.
 */
export async function requestPasswordReset(
  email: string,
  baseUrl: string,
  text: Record<"en" | "ru", ResetMailText>,
): Promise<void> {
  // At most a few e-mails per address and hour, so the form cannot be used to flood someone's inbox.
  const sent = await hitBucket(`reset:email:${email}`, 60);
  if (sent.count > RESET_MAX_PER_HOUR) return;
  const user = await db.user.findUnique({ where: { email }, select: { id: true, disabled: true, locale: true } });
  if (!user || user.disabled) return;
  const link = await createResetLink(user.id, baseUrl);
  log("info", "password_reset.requested", { userId: user.id });
  // Not awaited: the answer takes as long whether or not the account exists.
  // In the account's language, whatever the language of the page that asked.
  const mail = text[user.locale];
  sendMail({ to: email, subject: mail.subject, text: mail.body(link) }).catch((error: unknown) =>
    logError("password_reset.mail_failed", error, { userId: user.id }),
  );
}

/** Sets a new password from a reset link; the link works once, within the hour. Ends every session. */
export async function resetPassword(token: string, newPassword: string): Promise<Result<null>> {
  const tokenHash = sha256(token);
  const usable = (row: { usedAt: Date | null; expiresAt: Date; user: { disabled: boolean } } | null, now: Date) =>
    row !== null && !row.usedAt && row.expiresAt > now && !row.user.disabled;
  const select = { id: true, userId: true, expiresAt: true, usedAt: true, user: { select: { disabled: true } } } as const;
  // The link is checked before the memory-hard hash: a made-up token costs one indexed read.
  if (!usable(await db.passwordResetToken.findUnique({ where: { tokenHash }, select }), new Date())) {
    return { ok: false, error: "errors.resetLinkInvalid" };
  }
  const passwordHash = await hashPassword(newPassword);
  const now = new Date();
  const userId = await db.$transaction(async (tx) => {
    const row = await tx.passwordResetToken.findUnique({ where: { tokenHash }, select });
    if (!row || !usable(row, now)) return null;
    // Claim the token first: a second use of the same link finds nothing to claim.
    const claimed = await tx.passwordResetToken.updateMany({ where: { id: row.id, usedAt: null }, data: { usedAt: now } });
    if (claimed.count !== 1) return null;
    await tx.user.update({ where: { id: row.userId }, data: { passwordHash } });
    await tx.passwordResetToken.updateMany({ where: { userId: row.userId, usedAt: null }, data: { usedAt: now } });
    return row.userId;
  });
  if (!userId) return { ok: false, error: "errors.resetLinkInvalid" };
  await revokeUserSessions(userId);
  log("info", "password_reset.done", { userId });
  return { ok: true, value: null };
}
