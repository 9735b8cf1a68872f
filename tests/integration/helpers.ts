// Fixtures for integration tests: accounts made the way the app makes them
// (the sign-up schemas, then lib/server/accounts.ts), and signed-in actors.
import { randomUUID } from "node:crypto";
import { expect } from "vitest";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { registerCandidate, registerCompany, signIn } from "@/lib/server/accounts";
import { hashPassword } from "@/lib/server/passwords";
import { getActiveSessionUser, type SessionUser } from "@/lib/server/sessions";
import { zCandidateSignUpInput, zCompanySignUpInput } from "@/lib/validations/auth";

export const PASSWORD = "Violet-harbour-93";

/** An e-mail no other test uses (lower-case, as the sign-up schema stores it). */
export function uniqueEmail(prefix = "user"): string {
  return `${prefix}-${randomUUID().slice(0, 8)}@example.test`;
}

export interface Account {
  userId: string;
  email: string;
  password: string;
}

export async function makeCandidate(opts: { email?: string; name?: string; password?: string } = {}): Promise<Account> {
  const input = zCandidateSignUpInput.parse({
    name: opts.name ?? "Cand Idate",
    email: opts.email ?? uniqueEmail("cand"),
    password: opts.password ?? PASSWORD,
  });
  const result = await registerCandidate(input);
  if (!result.ok) throw new Error(`registerCandidate failed: ${result.error}`);
  return { userId: result.value.userId, email: input.email, password: input.password };
}

export async function makeEmployer(
  opts: { email?: string; name?: string; companyName?: string; password?: string } = {},
): Promise<Account & { companyId: string }> {
  const input = zCompanySignUpInput.parse({
    name: opts.name ?? "Em Ployer",
    companyName: opts.companyName ?? `Company ${randomUUID().slice(0, 6)}`,
    email: opts.email ?? uniqueEmail("empl"),
    password: opts.password ?? PASSWORD,
  });
  const result = await registerCompany(input);
  if (!result.ok) throw new Error(`registerCompany failed: ${result.error}`);
  return { ...result.value, email: input.email, password: input.password };
}

/** Admins have no sign-up form: they are made directly (as scripts/admin-create does). */
export async function makeAdmin(opts: { email?: string; password?: string } = {}): Promise<Account> {
  const email = opts.email ?? uniqueEmail("admin");
  const password = opts.password ?? PASSWORD;
  const user = await db.user.create({
    data: { email, name: "Ad Min", role: "ADMIN", passwordHash: await hashPassword(password) },
    select: { id: true },
  });
  return { userId: user.id, email, password };
}

/** Signs in through signIn() (a real session row) and returns the session's user. */
export async function signInAs(account: Account, clientAddress: string | null = null): Promise<SessionUser> {
  const result = await signIn(account.email, account.password, clientAddress, "vitest");
  if (!result.ok) throw new Error(`signIn failed for ${account.email}: ${result.code}`);
  const user = await getActiveSessionUser(result.sessionId);
  expect(user, "session user after sign-in").not.toBeNull();
  return user!;
}

/** A random documentation-range address (RFC 3849), so address counters never collide. */
export function uniqueAddress(): string {
  const n = randomUUID().replace(/-/g, "");
  return `2001:db8:${n.slice(0, 4)}:${n.slice(4, 8)}:${n.slice(8, 12)}:${n.slice(12, 16)}:${n.slice(16, 20)}:${n.slice(20, 24)}`;
}

/** An open (published) posting's row for the company; `data` adds to or overrides the defaults. */
function openPostingData(companyId: string, data: Partial<Prisma.JobPostingUncheckedCreateInput>): Prisma.JobPostingUncheckedCreateInput {
  const publishedAt = data.publishedAt ? new Date(data.publishedAt) : new Date();
  return {
    companyId,
    status: "PUBLISHED",
    family: "COMMUNITY",
    titleEn: "Community manager",
    titleRu: "Комьюнити-менеджер",
    responsibilitiesEn: [],
    responsibilitiesRu: [],
    kpisEn: [],
    kpisRu: [],
    channelsEn: [],
    channelsRu: [],
    publishedAt,
    expiresAt: new Date(publishedAt.getTime() + 30 * 86_400_000),
    ...data,
  };
}

/** An open (published) posting of the company, written straight into the table; `data` adds to or overrides the defaults. */
export async function createOpenPosting(companyId: string, data: Partial<Prisma.JobPostingUncheckedCreateInput> = {}): Promise<string> {
  const row = await db.jobPosting.create({ data: openPostingData(companyId, data), select: { id: true } });
  return row.id;
}

/** Many open postings of the company in one statement (each row's `data` as for createOpenPosting, with its id). */
export async function createOpenPostings(companyId: string, rows: (Partial<Prisma.JobPostingUncheckedCreateInput> & { id: string })[]): Promise<string[]> {
  await db.jobPosting.createMany({ data: rows.map((data) => openPostingData(companyId, data)) });
  return rows.map((r) => r.id);
}
