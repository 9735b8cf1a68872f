// lib/server/accounts.ts: sign-up, sign-in (with its rate limits) and password change.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { changePassword, registerCandidate, registerCompany, signIn } from "@/lib/server/accounts";
import { getActiveSessionUser } from "@/lib/server/sessions";
import { zCandidateSignUpInput, zCompanySignUpInput } from "@/lib/validations/auth";
import { makeCandidate, makeEmployer, PASSWORD, signInAs, uniqueAddress, uniqueEmail } from "./helpers";

const WRONG = "Not-the-password-1";

async function counts() {
  return {
    users: await db.user.count(),
    companies: await db.company.count(),
    members: await db.companyMember.count(),
    profiles: await db.candidateProfile.count(),
  };
}

describe("sign-up", () => {
  it("registers a candidate with a profile, the e-mail lower-cased and the password hashed", async () => {
    const typed = uniqueEmail("Mixed.Case").replace("example.test", "Example.TEST");
    const input = zCandidateSignUpInput.parse({ name: " Kate Candidate ", email: `  ${typed} `, password: PASSWORD });
    const result = await registerCandidate(input);
    expect(result.ok).toBe(true);
    const userId = result.ok ? result.value.userId : "";

    const user = await db.user.findUnique({ where: { id: userId }, include: { candidateProfile: true, memberships: true } });
    expect(user).toMatchObject({ email: typed.toLowerCase(), name: "Kate Candidate", role: "CANDIDATE", disabled: false });
    expect(user!.candidateProfile).not.toBeNull();
    expect(user!.memberships).toEqual([]);
    expect(user!.passwordHash).not.toContain(PASSWORD);
    expect(user!.passwordHash).toMatch(/^\$argon2id\$/);
  });

  it("registers an employer, the company and the owner membership together", async () => {
    const input = zCompanySignUpInput.parse({
      name: "Olga Owner",
      companyName: "Acme Communities",
      email: uniqueEmail("owner"),
      password: PASSWORD,
    });
    const result = await registerCompany(input);
    expect(result.ok).toBe(true);
    if (!result.ok) return;

    const user = await db.user.findUnique({ where: { id: result.value.userId }, include: { candidateProfile: true } });
    expect(user).toMatchObject({ email: input.email, role: "EMPLOYER" });
    expect(user!.candidateProfile).toBeNull();
    const company = await db.company.findUnique({ where: { id: result.value.companyId }, include: { members: true } });
    expect(company?.name).toBe("Acme Communities");
    expect(company?.members).toEqual([expect.objectContaining({ userId: result.value.userId, role: "OWNER" })]);
  });

  it("refuses a taken e-mail in any letter case and writes nothing", async () => {
    const existing = await makeCandidate();
    const shouted = existing.email.toUpperCase();
    const before = await counts();

    const asCandidate = await registerCandidate(
      zCandidateSignUpInput.parse({ name: "Someone Else", email: shouted, password: "Another-pass-77" }),
    );
    const asCompany = await registerCompany(
      zCompanySignUpInput.parse({ name: "Someone Else", companyName: "Ghost Ltd", email: shouted, password: "Another-pass-77" }),
    );

    for (const result of [asCandidate, asCompany]) {
      expect(result).toEqual({ ok: false, error: "errors.emailTaken", fieldErrors: { email: "errors.emailTaken" } });
    }
    expect(await counts()).toEqual(before);
    expect(await db.company.count({ where: { name: "Ghost Ltd" } })).toBe(0);
    // The first owner of the address still signs in with their own password.
    expect((await signIn(existing.email, existing.password, null, null)).ok).toBe(true);
  });
});

describe("sign-in", () => {
  it("answers a wrong password and an unknown e-mail the same way", async () => {
    const account = await makeCandidate();
    const wrong = await signIn(account.email, WRONG, null, null);
    const unknown = await signIn(uniqueEmail("nobody"), PASSWORD, null, null);
    expect(wrong).toEqual({ ok: false, code: "invalid_credentials", attemptsLeft: null });
    expect(unknown).toEqual({ ok: false, code: "invalid_credentials", attemptsLeft: null });
    expect(await db.userSession.count({ where: { userId: account.userId } })).toBe(0);
  });

  it("opens a server-side session on the right password", async () => {
    const account = await makeCandidate();
    const result = await signIn(account.email, account.password, uniqueAddress(), "Firefox/140");
    expect(result).toMatchObject({ ok: true, userId: account.userId });
    if (!result.ok) return;
    const session = await db.userSession.findUnique({ where: { id: result.sessionId } });
    expect(session).toMatchObject({ userId: account.userId, userAgent: "Firefox/140", revokedAt: null });
    const days = (session!.expiresAt.getTime() - Date.now()) / 86_400_000;
    expect(days).toBeGreaterThan(29);
    expect(days).toBeLessThanOrEqual(30);
    expect(await getActiveSessionUser(result.sessionId)).toMatchObject({
      id: account.userId,
      email: account.email,
      role: "CANDIDATE",
    });
  });

  it("tells a disabled account so only to someone who knows its password", async () => {
    const account = await makeCandidate();
    await db.user.update({ where: { id: account.userId }, data: { disabled: true } });
    expect(await signIn(account.email, account.password, null, null)).toEqual({ ok: false, code: "account_disabled" });
    expect(await signIn(account.email, WRONG, null, null)).toEqual({ ok: false, code: "invalid_credentials", attemptsLeft: null });
    expect(await db.userSession.count({ where: { userId: account.userId } })).toBe(0);
  });
});

describe("changePassword()", () => {
  it("refuses a wrong current password and changes nothing", async () => {
    const account = await makeEmployer();
    const actor = await signInAs(account);
    const other = await signInAs(account);
    expect(await changePassword(actor, WRONG, "Brand-new-pass-42")).toMatchObject({
      ok: false,
      error: "errors.wrongPassword",
    });
    expect(await getActiveSessionUser(other.sessionId)).not.toBeNull();
    expect((await signIn(account.email, account.password, null, null)).ok).toBe(true);
    expect((await signIn(account.email, "Brand-new-pass-42", null, null)).ok).toBe(false);
  });

  it("ends the user's other sessions, keeps this one, and retires the old password", async () => {
    const account = await makeCandidate();
    const here = await signInAs(account);
    const elsewhere = await signInAs(account);
    const bystander = await signInAs(await makeCandidate());

    expect(await changePassword(here, account.password, "Brand-new-pass-42")).toEqual({ ok: true, value: null });

    expect(await getActiveSessionUser(elsewhere.sessionId)).toBeNull();
    expect(await getActiveSessionUser(here.sessionId)).toMatchObject({ id: account.userId });
    expect(await getActiveSessionUser(bystander.sessionId)).not.toBeNull();
    expect(await signIn(account.email, account.password, null, null)).toMatchObject({ ok: false, code: "invalid_credentials" });
    expect((await signIn(account.email, "Brand-new-pass-42", null, null)).ok).toBe(true);
  });
});
