import "server-only";
// Sign-up, sign-in checks and password changes.
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { log } from "@/lib/log";
import { hashPassword, verifyPassword } from "@/lib/server/passwords";
import type { SignInFailure } from "@/lib/auth/sign-in-errors";
import { addressHash, openSignInGate, signInSucceeded } from "@/lib/server/sign-in-limits";
import { createUserSession, revokeUserSessions, type SessionUser } from "@/lib/server/sessions";
import { isUniqueViolation } from "@/lib/server/transaction";
import type { CandidateSignUpInput, CompanySignUpInput } from "@/lib/validations/auth";

import type { Result } from "@/lib/validations/result";

export type { Result };

const EMAIL_TAKEN: Result<never> = { ok: false, error: "errors.emailTaken", fieldErrors: { email: "errors.emailTaken" } };

type AccountExtras = Pick<Prisma.UserCreateInput, "candidateProfile" | "memberships">;

/** Creates a user with its related rows in one statement; a taken e-mail is a field error. */
async function createAccount(
  input: CandidateSignUpInput,
  role: "CANDIDATE" | "EMPLOYER",
  extras: AccountExtras,
): Promise<Result<{ userId: string; companyId: string | null }>> {
  // A taken e-mail is said at once: no memory-hard hash is spent on it.
  if (await db.user.findUnique({ where: { email: input.email }, select: { id: true } })) return EMAIL_TAKEN;
  const passwordHash = await hashPassword(input.password);
  try {
    const user = await db.user.create({
      data: { email: input.email, name: input.name, passwordHash, role, locale: input.locale, ...extras },
      select: { id: true, memberships: { select: { companyId: true } } },
    });
    const companyId = user.memberships[0]?.companyId ?? null;
    log("info", "account.created", { userId: user.id, role, companyId });
    return { ok: true, value: { userId: user.id, companyId } };
  } catch (e) {
    if (isUniqueViolation(e)) return EMAIL_TAKEN;
    throw e;
  }
}

export async function registerCandidate(input: CandidateSignUpInput): Promise<Result<{ userId: string }>> {
  return createAccount(input, "CANDIDATE", { candidateProfile: { create: {} } });
}

/** Creates the employer's account and the company, with the user as its owner, atomically. */
export async function registerCompany(input: CompanySignUpInput): Promise<Result<{ userId: string; companyId: string }>> {
  const result = await createAccount(input, "EMPLOYER", {
    memberships: { create: { role: "OWNER", company: { create: { name: input.companyName } } } },
  });
  return result.ok ? { ok: true, value: { userId: result.value.userId, companyId: result.value.companyId! } } : result;
}

export type SignInResult = { ok: true; userId: string; sessionId: string } | ({ ok: false } & SignInFailure);

/**
 * Checks a sign-in attempt within the limits (lib/server/sign-in-limits.ts)
 * and, when it succeeds, opens a server-side session. Unknown e-mail and wrong
 * password give the same answer and take as long; "disabled" is only said to
 * someone who knows the password.
 */
export async function signIn(
  email: string,
  password: string,
  clientAddress: string | null,
  userAgent: string | null,
  requestId: string | null = null,
): Promise<SignInResult> {
  const gate = await openSignInGate(email, clientAddress);
  if (!gate.open) {
    log("warn", "signin.rate_limited", { scope: gate.scope, address: clientAddress, requestId });
    return { ok: false, code: "rate_limited", scope: gate.scope, retryAfterSeconds: gate.retryAfterSeconds };
  }
  const user = await db.user.findUnique({
    where: { email },
    select: { id: true, passwordHash: true, disabled: true },
  });
  const valid = await verifyPassword(user?.passwordHash ?? null, password);
  if (!user || !valid) {
    log("info", "signin.failed", { address: clientAddress, attemptsLeft: gate.attemptsLeft, requestId });
    return { ok: false, code: "invalid_credentials", attemptsLeft: gate.attemptsLeft };
  }
  if (user.disabled) return { ok: false, code: "account_disabled" };
  await signInSucceeded(email, clientAddress);
  const sessionId = await createUserSession(user.id, userAgent, addressHash(clientAddress));
  log("info", "signin.ok", { userId: user.id, requestId });
  return { ok: true, userId: user.id, sessionId };
}

/** Changes the actor's own password and ends their other sessions. */
export async function changePassword(
  actor: SessionUser,
  currentPassword: string,
  newPassword: string,
): Promise<Result<null>> {
  const user = await db.user.findUnique({ where: { id: actor.id }, select: { passwordHash: true } });
  if (!user || !(await verifyPassword(user.passwordHash, currentPassword))) {
    return { ok: false, error: "errors.wrongPassword", fieldErrors: { currentPassword: "errors.wrongPassword" } };
  }
  await db.user.update({ where: { id: actor.id }, data: { passwordHash: await hashPassword(newPassword) } });
  const ended = await revokeUserSessions(actor.id, actor.sessionId);
  log("info", "password.changed", { userId: actor.id, endedSessions: ended });
  return { ok: true, value: null };
}
