// Two tenants (STYLE rule 12): company A cannot see or change company B's
// data, and candidate A cannot see or change candidate B's.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { getMyCandidateProfile, updateMyCandidateProfile } from "@/lib/server/candidates";
import { createMyCompany, getMyCompany, updateCompanyProfile } from "@/lib/server/companies";
import type { SessionUser } from "@/lib/server/sessions";
import { getActiveSessionUser } from "@/lib/server/sessions";
import { zCandidateProfileInput, zCompanyProfileFields } from "@/lib/validations/profile";
import { concurrencyTest } from "./databases";
import { makeCandidate, makeEmployer, PASSWORD, signInAs, uniqueEmail } from "./helpers";

const companyInput = (name: string) =>
  zCompanyProfileFields.parse({ name, website: "https://evil.example", size: "SIZE_1_10", description: "Taken over" });

const companyRow = (id: string) => db.company.findUnique({ where: { id } });

describe("companies", () => {
  let ownerA: SessionUser;
  let ownerB: SessionUser;
  let companyA: string;
  let companyB: string;
  let recruiterA: SessionUser;

  beforeAll(async () => {
    const a = await makeEmployer({ companyName: "Alpha Communities" });
    const b = await makeEmployer({ companyName: "Beta Communities" });
    companyA = a.companyId;
    companyB = b.companyId;
    ownerA = await signInAs(a);
    ownerB = await signInAs(b);
    const recruiter = await makeEmployer({ companyName: "Recruiter's own sign-up" });
    // Move the recruiter into company A (the invitation flow does not exist yet).
    await db.companyMember.deleteMany({ where: { userId: recruiter.userId } });
    await db.companyMember.create({ data: { companyId: companyA, userId: recruiter.userId, role: "RECRUITER" } });
    recruiterA = await signInAs(recruiter);
  });

  it("an owner whose role an admin changed in the database can neither read nor change the company", async () => {
    const b = await makeEmployer({ companyName: "Gamma Communities" });
    const owner = await signInAs(b);
    await db.user.update({ where: { id: owner.id }, data: { role: "CANDIDATE" } });
    // The session helper reads the new role on the next request…
    const fresh = (await getActiveSessionUser(owner.sessionId))!;
    expect(fresh.role).toBe("CANDIDATE");
    // …and the data layer refuses both that actor and the stale one from before the change.
    for (const actor of [fresh, owner]) {
      expect(await getMyCompany(actor)).toBeNull();
      expect(await updateCompanyProfile(actor, b.companyId, companyInput("Hijacked"))).toEqual({
        ok: false,
        error: "errors.notFound",
      });
    }
    expect((await companyRow(b.companyId))?.name).toBe("Gamma Communities");
  });

  it("getMyCompany shows each employer their own company only", async () => {
    const mine = await getMyCompany(ownerA);
    expect(mine).toMatchObject({ id: companyA, name: "Alpha Communities", myRole: "OWNER" });
    expect(mine!.members.map((m) => m.email).sort()).toEqual([ownerA.email, recruiterA.email].sort());
    expect(JSON.stringify(mine)).not.toContain(ownerB.email);
    expect(JSON.stringify(mine)).not.toContain("Beta Communities");

    expect(await getMyCompany(ownerB)).toMatchObject({ id: companyB, name: "Beta Communities", myRole: "OWNER" });
    expect(await getMyCompany(recruiterA)).toMatchObject({ id: companyA, myRole: "RECRUITER" });
  });

  it("the company DTO carries no password hash", async () => {
    const mine = await getMyCompany(ownerA);
    expect(JSON.stringify(mine)).not.toMatch(/argon2|passwordHash/);
  });

  it("employer A changing company B's id answers not found and B stays as it was", async () => {
    const before = await companyRow(companyB);
    expect(await updateCompanyProfile(ownerA, companyB, companyInput("Owned by A"))).toEqual({
      ok: false,
      error: "errors.notFound",
    });
    expect(await companyRow(companyB)).toEqual(before);
  });

  it("a recruiter of A changing A is refused as owner-only, and changing B as not found", async () => {
    const beforeA = await companyRow(companyA);
    const beforeB = await companyRow(companyB);
    expect(await updateCompanyProfile(recruiterA, companyA, companyInput("Recruiter's rename"))).toEqual({
      ok: false,
      error: "errors.ownerOnly",
    });
    // Not "owner only": that would tell a stranger that B exists.
    expect(await updateCompanyProfile(recruiterA, companyB, companyInput("Recruiter's rename"))).toEqual({
      ok: false,
      error: "errors.notFound",
    });
    expect(await companyRow(companyA)).toEqual(beforeA);
    expect(await companyRow(companyB)).toEqual(beforeB);
  });

  it("an unknown id and a candidate actor both answer not found", async () => {
    expect(await updateCompanyProfile(ownerA, "no-such-company", companyInput("X"))).toEqual({
      ok: false,
      error: "errors.notFound",
    });
    const candidate = await signInAs(await makeCandidate());
    const before = await companyRow(companyA);
    expect(await updateCompanyProfile(candidate, companyA, companyInput("X"))).toEqual({ ok: false, error: "errors.notFound" });
    expect(await getMyCompany(candidate)).toBeNull();
    expect(await companyRow(companyA)).toEqual(before);
  });

  it("the owner updates their own company, and only it", async () => {
    const beforeB = await companyRow(companyB);
    const input = zCompanyProfileFields.parse({
      name: "Alpha Communities Ltd",
      website: "https://alpha.example",
      size: "SIZE_11_50",
      description: "We run communities.",
    });
    expect(await updateCompanyProfile(ownerA, companyA, input)).toEqual({ ok: true, value: null });
    expect(await companyRow(companyA)).toMatchObject({
      name: "Alpha Communities Ltd",
      website: "https://alpha.example",
      size: "SIZE_11_50",
      description: "We run communities.",
    });
    expect(await companyRow(companyB)).toEqual(beforeB);
  });
});

describe("candidates", () => {
  it("candidate A's update changes A's profile and nobody else's", async () => {
    const a = await signInAs(await makeCandidate({ name: "Anna A" }));
    const b = await signInAs(await makeCandidate({ name: "Boris B" }));
    const bBefore = await db.user.findUnique({ where: { id: b.id }, include: { candidateProfile: true } });

    const input = zCandidateProfileInput.parse({
      name: "Anna Updated",
      locale: "ru",
      headline: "Community manager",
      location: "Kazan",
      about: "Five years of meetups.",
    });
    expect(await updateMyCandidateProfile(a, input)).toEqual({ ok: true, value: null });

    expect(await getMyCandidateProfile(a)).toEqual({
      name: "Anna Updated",
      email: a.email,
      locale: "ru",
      headline: "Community manager",
      location: "Kazan",
      about: "Five years of meetups.",
    });
    expect(await db.user.findUnique({ where: { id: b.id }, include: { candidateProfile: true } })).toEqual(bBefore);
    expect(await getMyCandidateProfile(b)).toMatchObject({ name: "Boris B", email: b.email, headline: null });
  });

  it("an employer has no candidate profile to read or write", async () => {
    const employer = await signInAs(await makeEmployer({ name: "Emil Employer" }));
    expect(await getMyCandidateProfile(employer)).toBeNull();

    const input = zCandidateProfileInput.parse({ name: "Renamed", locale: "ru", headline: "Sneaky" });
    expect(await updateMyCandidateProfile(employer, input)).toEqual({ ok: false, error: "errors.notFound" });
    expect(await db.user.findUnique({ where: { id: employer.id } })).toMatchObject({ name: "Emil Employer", locale: "en" });
    expect(await db.candidateProfile.count({ where: { userId: employer.id } })).toBe(0);
  });

  it("a user whose role changed away from candidate cannot reach the old profile", async () => {
    const account = await makeCandidate({ email: uniqueEmail("switch"), password: PASSWORD });
    const user = await signInAs(account);
    await db.user.update({ where: { id: user.id }, data: { role: "EMPLOYER" } });
    // `user` still says CANDIDATE (a stale actor object): the database decides.
    expect(user.role).toBe("CANDIDATE");
    expect(await getMyCandidateProfile(user)).toBeNull();
    const input = zCandidateProfileInput.parse({ name: "Stale Write", locale: "en" });
    expect(await updateMyCandidateProfile(user, input)).toEqual({ ok: false, error: "errors.notFound" });
  });
});

describe("an employer without a company", () => {
  it("a candidate made an employer by an admin creates their company, once", async () => {
    const account = await makeCandidate({ name: "Ира Новикова" });
    const user = await signInAs(account);
    await db.user.update({ where: { id: user.id }, data: { role: "EMPLOYER" } });
    const employer = (await getActiveSessionUser(user.sessionId))!;
    expect(await getMyCompany(employer)).toBeNull();

    const created = await createMyCompany(employer, "Ирина и партнёры");
    expect(created).toMatchObject({ ok: true });
    expect(await getMyCompany(employer)).toMatchObject({ name: "Ирина и партнёры", myRole: "OWNER" });
    expect(await createMyCompany(employer, "A second one")).toEqual({ ok: false, error: "errors.alreadyInCompany" });
    expect(await db.companyMember.count({ where: { userId: employer.id } })).toBe(1);
  });

  it("a candidate cannot create a company", async () => {
    const candidate = await signInAs(await makeCandidate());
    expect(await createMyCompany(candidate, "Sneaky Ltd")).toEqual({ ok: false, error: "errors.notFound" });
    expect(await db.company.count({ where: { name: "Sneaky Ltd" } })).toBe(0);
  });

  concurrencyTest("two creates at the same moment make one company", async () => {
    const owner = await makeEmployer();
    await db.companyMember.deleteMany({ where: { userId: owner.userId } });
    const employer = await signInAs(owner);
    const results = await Promise.all([createMyCompany(employer, "Twin A"), createMyCompany(employer, "Twin B")]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(await db.companyMember.count({ where: { userId: employer.id } })).toBe(1);
  });
});
