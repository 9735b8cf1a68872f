// Reads of the seeded taxonomy (lib/server/taxonomy.ts) for the role pages and
// the admin overview, in both languages.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { seedTaxonomy } from "@/lib/server/seed";
import { getRole, getTaxonomyOverview, listRoles } from "@/lib/server/taxonomy/read";

const CYRILLIC = /[\u0400-\u04FF]/;

beforeAll(async () => {
  expect((await seedTaxonomy()).skipped).toBe(false);
});

describe("listRoles()", () => {
  it("gives Russian labels in ru and no Cyrillic in en, for the same roles", async () => {
    const ru = await listRoles("ru");
    const en = await listRoles("en");
    expect(ru.length).toBe(await db.role.count());
    expect(ru.length).toBeGreaterThan(0);
    for (const r of ru) {
      expect(r.label, r.slug).toMatch(CYRILLIC);
      expect(r.summary, r.slug).toMatch(CYRILLIC);
    }
    for (const r of en) {
      expect(r.label, r.slug).not.toMatch(CYRILLIC);
      expect(r.summary, r.slug).not.toMatch(CYRILLIC);
    }
    expect(en.map((r) => r.slug).sort()).toEqual(ru.map((r) => r.slug).sort());
  });

  it("counts each role's essential and optional requirements", async () => {
    const en = await listRoles("en");
    const grouped = await db.roleRequirement.groupBy({ by: ["roleId", "importance"], _count: { _all: true } });
    const roles = await db.role.findMany({ select: { id: true, slug: true } });
    for (const r of en) {
      const id = roles.find((x) => x.slug === r.slug)!.id;
      const count = (imp: string) => grouped.find((g) => g.roleId === id && g.importance === imp)?._count._all ?? 0;
      expect([r.essentialCount, r.optionalCount], r.slug).toEqual([count("ESSENTIAL"), count("OPTIONAL")]);
    }
  });

  it("shows each role's same key skills in English and in Russian", async () => {
    const en = await listRoles("en");
    const ru = await listRoles("ru");
    let differentLabels = 0;
    for (const role of en) {
      const other = ru.find((r) => r.slug === role.slug)!;
      expect(other.topSkills.map((s) => s.slug), role.slug).toEqual(role.topSkills.map((s) => s.slug));
      if (role.topSkills.some((s, i) => s.label !== other.topSkills[i]!.label)) differentLabels++;
      expect(role.topSkills.length, role.slug).toBe(Math.min(5, role.essentialCount));
    }
    // …and they are shown in each language's words.
    expect(differentLabels).toBeGreaterThan(0);
  });

  it("lists SMM roles before community roles and juniors before seniors within a family", async () => {
    const en = await listRoles("en");
    const index = (slug: string) => en.findIndex((r) => r.slug === slug);
    expect(index("smm-specialist-senior")).toBeLessThan(index("community-manager-junior"));
    expect(index("community-manager-junior")).toBeLessThan(index("community-manager-middle"));
    expect(index("community-manager-middle")).toBeLessThan(index("community-lead"));
  });
});

describe("getRole()", () => {
  it("lists essential requirements before optional ones, all of them", async () => {
    const role = await getRole("community-manager-middle", "en");
    expect(role).not.toBeNull();
    const importances = role!.requirements.map((r) => r.importance);
    expect(importances).toContain("ESSENTIAL");
    expect(importances).toContain("OPTIONAL");
    const lastEssential = importances.lastIndexOf("ESSENTIAL");
    const firstOptional = importances.indexOf("OPTIONAL");
    expect(lastEssential).toBeLessThan(firstOptional);
    expect(role!.requirements.length).toBe(
      await db.roleRequirement.count({ where: { role: { slug: "community-manager-middle" } } }),
    );
  });

  it("shows where a middle community manager can grow and where they come from", async () => {
    const role = (await getRole("community-manager-middle", "en"))!;
    const out = role.edges.filter((e) => e.direction === "out").map((e) => `${e.kind} ${e.slug}`);
    const into = role.edges.filter((e) => e.direction === "in").map((e) => `${e.kind} ${e.slug}`);
    expect(out).toEqual(
      expect.arrayContaining([
        "VERTICAL community-manager-senior",
        "HORIZONTAL smm-specialist-middle",
        "HORIZONTAL producer",
        "HORIZONTAL journalist",
        "HORIZONTAL marketing-manager",
      ]),
    );
    expect(into).toEqual(
      expect.arrayContaining(["VERTICAL community-manager-junior", "HORIZONTAL smm-specialist-middle"]),
    );
    for (const e of role.edges) {
      expect(e.label, e.slug).not.toMatch(CYRILLIC);
      expect(e.rationale.trim(), e.slug).not.toBe("");
    }
  });

  it("speaks Russian in ru: the role, its skills, groups and edges", async () => {
    const role = (await getRole("community-manager-middle", "ru"))!;
    expect(role.label).toMatch(CYRILLIC);
    expect(role.responsibilities.length).toBeGreaterThan(0);
    for (const t of [...role.responsibilities, ...role.kpis]) expect(t).toMatch(CYRILLIC);
    for (const r of role.requirements) {
      expect(r.label, r.slug).toMatch(CYRILLIC);
      expect(r.group, r.slug).toMatch(CYRILLIC);
    }
    for (const e of role.edges) expect(e.rationale, e.slug).toMatch(CYRILLIC);
  });

  it("marks a skill shared when both SMM and community roles require it", async () => {
    const role = (await getRole("community-manager-middle", "en"))!;
    const families = await db.skill.findMany({
      where: { slug: { in: role.requirements.map((r) => r.slug) } },
      select: { slug: true, requirements: { select: { role: { select: { family: true } } } } },
    });
    for (const r of role.requirements) {
      const fam = new Set(families.find((f) => f.slug === r.slug)!.requirements.map((q) => q.role.family));
      expect(r.shared, r.slug).toBe(fam.has("SMM") && fam.has("COMMUNITY"));
    }
    expect(role.requirements.some((r) => r.shared)).toBe(true);
  });

  it("answers null for an unknown slug", async () => {
    expect(await getRole("nope", "en")).toBeNull();
  });
});

describe("getTaxonomyOverview()", () => {
  it("counts exactly what the database holds, deprecated skills included", async () => {
    const skill = await db.skill.findFirstOrThrow({ select: { id: true } });
    await db.skill.update({ where: { id: skill.id }, data: { status: "DEPRECATED" } });

    const overview = await getTaxonomyOverview("en");
    expect(overview.counts).toEqual({
      groups: await db.skillGroup.count(),
      skills: await db.skill.count(),
      deprecatedSkills: 1,
      roles: await db.role.count(),
      requirements: await db.roleRequirement.count(),
      edges: await db.growthEdge.count(),
    });
    expect(overview.roles.length).toBe(overview.counts.roles);
    expect(overview.edges.length).toBe(overview.counts.edges);
    // Groups in their set order.
    const positions = await db.skillGroup.findMany({ orderBy: { position: "asc" }, select: { slug: true } });
    expect(overview.groups.map((g) => g.slug)).toEqual(positions.map((g) => g.slug));
  });
});
