// Demo accounts for an empty embedded database (lib/server/demo-data.ts).
import { describe, expect, it } from "vitest";
import { database, db, setDatabase } from "@/lib/db";
import { signIn } from "@/lib/server/accounts";
import { listApplicants } from "@/lib/server/applications/pipeline";
import { getMyCareerMap } from "@/lib/server/career/map";
import { createDemoDataIfEmpty, DEMO_COMPANY, presentDemoAccounts } from "@/lib/server/demo-data";
import { seedTaxonomy } from "@/lib/server/seed";
import { getActiveSessionUser } from "@/lib/server/sessions";
import { openMigratedDatabase } from "./databases";
import { makeCandidate } from "./helpers";

describe("createDemoDataIfEmpty()", () => {
  it("makes an admin, an employer owning a company and a candidate, whose printed passwords sign in", async () => {
    expect(await db.user.count()).toBe(0);
    await seedTaxonomy(); // as at start: the taxonomy first, then the demo data that refers to it
    expect(await createDemoDataIfEmpty()).toBe(true);

    const printed = await presentDemoAccounts();
    expect(printed.map((a) => a.role).sort()).toEqual(["ADMIN", "CANDIDATE", "EMPLOYER"]);
    // The three demo logins, and the demo applicants (accounts nobody signs in to).
    const applicants = (await import("@/prisma/seed/demo/applicants.json")).default.postings.flatMap((p): unknown[] => p.applicants);
    expect(await db.user.count()).toBe(3 + applicants.length);

    for (const account of printed) {
      const result = await signIn(account.email, account.password, null, "vitest");
      expect(result.ok, account.email).toBe(true);
      if (!result.ok) continue;
      const user = await getActiveSessionUser(result.sessionId);
      expect(user, account.email).toMatchObject({ email: account.email, role: account.role });
    }

    const employer = printed.find((a) => a.role === "EMPLOYER")!;
    const memberships = await db.companyMember.findMany({
      where: { user: { email: employer.email } },
      include: { company: true },
    });
    expect(memberships).toHaveLength(1);
    expect(memberships[0]).toMatchObject({ role: "OWNER", company: { name: DEMO_COMPANY.name } });

    const candidate = printed.find((a) => a.role === "CANDIDATE")!;
    expect(await db.candidateProfile.count({ where: { user: { email: candidate.email } } })).toBe(1);
    // Every role and skill of the demo background exists in the default taxonomy, and the map places the candidate.
    const demo = (await import("@/prisma/seed/demo/candidate.json")).default;
    const background = await db.user.findUniqueOrThrow({
      where: { email: candidate.email },
      select: { id: true, role: true, name: true, email: true, _count: { select: { candidateRoles: true, candidateSkills: true } } },
    });
    expect(background._count).toEqual({ candidateRoles: demo.roles.length, candidateSkills: demo.skills.length });
    const map = await getMyCareerMap({ id: background.id, role: "CANDIDATE" } as never, "en");
    expect(map?.here?.label).toBe("Event manager");
    expect(map?.roles.find((r) => r.slug === "community-manager-junior")?.step).toMatchObject({ distance: 1, kind: "HORIZONTAL" });

    // The employer who signs in first sees a pipeline: applicants ranked by fit, at different stages, one knock-out flagged.
    const owner = await db.user.findUniqueOrThrow({ where: { email: employer.email }, select: { id: true, name: true, email: true, role: true } });
    const posting = await db.application.findFirstOrThrow({ where: { knockoutsFailed: { gt: 0 } }, select: { postingId: true } });
    const page = await listApplicants({ ...owner, sessionId: "" } as never, posting.postingId, { stage: "all", knockoutsPassed: false, fitMin: 0 }, "en");
    expect(page?.rows.length).toBeGreaterThanOrEqual(5);
    expect(new Set(page?.rows.map((r) => r.stage))).toEqual(new Set(["NEW", "SCREENING", "INTERVIEW", "OFFER", "REJECTED", "WITHDRAWN"]));
    const fits = page!.rows.map((r) => r.fit ?? -1);
    expect(fits).toEqual([...fits].sort((a, b) => b - a));
    expect(page?.rows.some((r) => r.noteCount > 0)).toBe(true);
    expect(await db.application.count({ where: { posting: { companyId: memberships[0]!.companyId } } })).toBe(applicants.length);
  });

  it("creates nothing on a second call", async () => {
    const before = { users: await db.user.count(), companies: await db.company.count() };
    expect(await createDemoDataIfEmpty()).toBe(false);
    expect({ users: await db.user.count(), companies: await db.company.count() }).toEqual(before);
  });

  it("creates nothing when any user already exists", async () => {
    const fresh = await openMigratedDatabase();
    const original = database();
    setDatabase(fresh.db);
    try {
      const someone = await makeCandidate();
      expect(await createDemoDataIfEmpty()).toBe(false);
      expect((await db.user.findMany({ select: { id: true } })).map((u) => u.id)).toEqual([someone.userId]);
      expect(await db.company.count()).toBe(0);
      expect(await presentDemoAccounts()).toEqual([]);
    } finally {
      setDatabase(original);
      await fresh.dispose();
    }
  });
});
