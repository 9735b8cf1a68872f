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
  const token = randomBytes(32).toString("base64url");
  await db.passwordResetToken.create({
    data: { userId: user.id, tokenHash: sha256(token), expiresAt: new Date(Date.now() + RESET_TTL_MS) },
  });
  const link = `${baseUrl.replace(/\/$/, "")}/reset-password?token=${encodeURIComponent(token)}`;
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
  const passwordHash = await hashPassword(newPassword);
  const now = new Date();
  const userId = await db.$transaction(async (tx) => {
    const row = await tx.passwordResetToken.findUnique({
      where: { tokenHash: sha256(token) },
      select: { id: true, userId: true, expiresAt: true, usedAt: true, user: { select: { disabled: true } } },
    });
    if (!row || row.usedAt || row.expiresAt <= now || row.user.disabled) return null;
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
