// Server-side sessions (lib/server/sessions.ts) and the admin powers over
// accounts that must take effect on sessions already open (lib/server/users.ts).
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { signIn } from "@/lib/server/accounts";
import { createUserSession, getActiveSessionUser, revokeSession } from "@/lib/server/sessions";
import { listUsers, setUserDisabled, setUserRole } from "@/lib/server/users";
import { makeAdmin, makeCandidate, makeEmployer, signInAs } from "./helpers";

describe("sessions", () => {
  it("revokeSession ends exactly that session", async () => {
    const account = await makeCandidate();
    const laptop = await signInAs(account);
    const phone = await signInAs(account);
    const someoneElse = await signInAs(await makeCandidate());

    await revokeSession(laptop.sessionId);

    expect(await getActiveSessionUser(laptop.sessionId)).toBeNull();
    expect(await getActiveSessionUser(phone.sessionId)).toMatchObject({ id: account.userId });
    expect(await getActiveSessionUser(someoneElse.sessionId)).not.toBeNull();
    // Revoking again keeps the first end time.
    const { revokedAt } = (await db.userSession.findUnique({ where: { id: laptop.sessionId } }))!;
    expect(revokedAt).toBeInstanceOf(Date);
    await revokeSession(laptop.sessionId);
    expect((await db.userSession.findUnique({ where: { id: laptop.sessionId } }))!.revokedAt).toEqual(revokedAt);
  });

  it("treats an expired session as signed out", async () => {
    const user = await signInAs(await makeCandidate());
    await db.userSession.update({ where: { id: user.sessionId }, data: { expiresAt: new Date(Date.now() - 1000) } });
    expect(await getActiveSessionUser(user.sessionId)).toBeNull();
  });

  it("knows nothing about a made-up session id", async () => {
    expect(await getActiveSessionUser("c0000000000000000000000000")).toBeNull();
  });
});

describe("admin actions on accounts", () => {
  it("disabling a user ends every session at once, including ones opened later", async () => {
    const admin = await signInAs(await makeAdmin());
    const account = await makeEmployer();
    const first = await signInAs(account);
    const second = await signInAs(account);

    expect(await setUserDisabled(admin, account.userId, true)).toEqual({ ok: true, value: null });

    expect(await getActiveSessionUser(first.sessionId)).toBeNull();
    expect(await getActiveSessionUser(second.sessionId)).toBeNull();
    const rows = await db.userSession.findMany({ where: { userId: account.userId } });
    expect(rows.every((r) => r.revokedAt !== null)).toBe(true);
    // A session row that was never revoked still lets nobody in while the account is disabled.
    const unrevoked = await createUserSession(account.userId, "left-over");
    expect(await getActiveSessionUser(unrevoked)).toBeNull();
    expect(await signIn(account.email, account.password, null, null)).toEqual({ ok: false, code: "account_disabled" });

    // Enabling again does not bring the ended sessions back; signing in works.
    expect(await setUserDisabled(admin, account.userId, false)).toEqual({ ok: true, value: null });
    expect(await getActiveSessionUser(first.sessionId)).toBeNull();
    expect((await signIn(account.email, account.password, null, null)).ok).toBe(true);
  });

  it("a role change shows on the user's open session at its next request", async () => {
    const admin = await signInAs(await makeAdmin());
    const user = await signInAs(await makeCandidate());
    expect(user.role).toBe("CANDIDATE");

    expect(await setUserRole(admin, user.id, "EMPLOYER")).toEqual({ ok: true, value: null });
    expect(await getActiveSessionUser(user.sessionId)).toMatchObject({ id: user.id, role: "EMPLOYER" });

    expect(await setUserRole(admin, user.id, "ADMIN")).toEqual({ ok: true, value: null });
    expect((await getActiveSessionUser(user.sessionId))?.role).toBe("ADMIN");
  });

  it("refuses non-admins and changes nothing", async () => {
    const target = await makeCandidate();
    const targetSession = await signInAs(target);
    for (const actor of [await signInAs(await makeEmployer()), await signInAs(await makeCandidate())]) {
      await expect(setUserRole(actor, target.userId, "ADMIN")).rejects.toThrow(/admin/i);
      await expect(setUserRole(actor, actor.id, "ADMIN")).rejects.toThrow(/admin/i);
      await expect(setUserDisabled(actor, target.userId, true)).rejects.toThrow(/admin/i);
      expect((await db.user.findUnique({ where: { id: actor.id } }))?.role).toBe(actor.role);
    }
    expect(await db.user.findUnique({ where: { id: target.userId } })).toMatchObject({ role: "CANDIDATE", disabled: false });
    expect(await getActiveSessionUser(targetSession.sessionId)).not.toBeNull();
  });

  it("a demoted admin loses the power with the same session", async () => {
    const boss = await signInAs(await makeAdmin());
    const formerAdmin = await signInAs(await makeAdmin());
    expect(await setUserRole(boss, formerAdmin.id, "CANDIDATE")).toEqual({ ok: true, value: null });
    const current = (await getActiveSessionUser(formerAdmin.sessionId))!;
    await expect(setUserDisabled(current, boss.id, true)).rejects.toThrow(/admin/i);
    expect((await db.user.findUnique({ where: { id: boss.id } }))?.disabled).toBe(false);
  });

  it("an admin cannot disable or demote themselves", async () => {
    const admin = await signInAs(await makeAdmin());
    expect(await setUserDisabled(admin, admin.id, true)).toEqual({ ok: false, error: "errors.notYourself" });
    expect(await setUserRole(admin, admin.id, "CANDIDATE")).toEqual({ ok: false, error: "errors.notYourself" });
    expect(await db.user.findUnique({ where: { id: admin.id } })).toMatchObject({ role: "ADMIN", disabled: false });
    expect(await getActiveSessionUser(admin.sessionId)).toMatchObject({ role: "ADMIN" });
  });

  it("answers not-found for an unknown user", async () => {
    const admin = await signInAs(await makeAdmin());
    expect(await setUserDisabled(admin, "no-such-user", true)).toEqual({ ok: false, error: "errors.notFound" });
    expect(await setUserRole(admin, "no-such-user", "ADMIN")).toEqual({ ok: false, error: "errors.notFound" });
  });

  it("lists users only to an admin, searchable by e-mail, without password hashes", async () => {
    const admin = await signInAs(await makeAdmin());
    const employer = await makeEmployer({ companyName: "Listed Company" });
    const found = await listUsers(admin, { q: employer.email.toUpperCase(), page: 1 });
    expect(found.total).toBe(1);
    expect(found.users).toEqual([
      expect.objectContaining({ id: employer.userId, email: employer.email, role: "EMPLOYER", company: "Listed Company" }),
    ]);
    expect(JSON.stringify(found)).not.toMatch(/argon2|passwordHash/);

    const candidate = await signInAs(await makeCandidate());
    await expect(listUsers(candidate, { page: 1 })).rejects.toThrow(/admin/i);
  });
});
