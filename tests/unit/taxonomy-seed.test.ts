// The default taxonomy's data files (prisma/seed/taxonomy/*.json), read the way
// the seed reads them: put together and parsed with the import schema.
import { describe, it, expect } from "vitest";
import { DEFAULT_TAXONOMY_VERSION as TAXONOMY_SEED_VERSION, defaultTaxonomyDocument } from "@/lib/server/taxonomy/default-taxonomy";
import { zTaxonomyDocument, type RoleDoc as SeedRole } from "@/lib/validations/taxonomy";

const { skillGroups, skills, roles, growthEdges, families } = zTaxonomyDocument.parse(defaultTaxonomyDocument());

const CYRILLIC = /[\u0400-\u04FF]/;
const KEBAB = /^[a-z0-9]+(-[a-z0-9]+)*$/;

const dupes = (xs: string[]) => xs.filter((x, i) => xs.indexOf(x) !== i);
const roleBySlug = new Map(roles.map((r) => [r.slug, r]));
const skillSlugs = new Set(skills.map((s) => s.slug));

const REQUIRED_ROLES: Array<[slug: string, family: SeedRole["family"], seniority?: SeedRole["seniority"]]> = [
  ["smm-specialist-junior", "SMM", "JUNIOR"],
  ["smm-specialist-middle", "SMM", "MIDDLE"],
  ["smm-specialist-senior", "SMM", "SENIOR"],
  ["community-manager-junior", "COMMUNITY", "JUNIOR"],
  ["community-manager-middle", "COMMUNITY", "MIDDLE"],
  ["community-manager-senior", "COMMUNITY", "SENIOR"],
  ["community-lead", "COMMUNITY", "LEAD"],
  ["community-strategy-lead", "COMMUNITY", "HEAD"],
  ["producer", "ADJACENT"],
  ["journalist", "ADJACENT"],
  ["marketing-manager", "ADJACENT"],
  ["moderator", "FEEDER", "MIDDLE"],
  ["event-manager", "FEEDER", "MIDDLE"],
  ["customer-support-specialist", "FEEDER", "MIDDLE"],
  ["copywriter", "FEEDER", "MIDDLE"],
  ["pr-specialist", "FEEDER", "MIDDLE"],
  ["teacher-trainer", "FEEDER", "MIDDLE"],
];

describe("taxonomy seed: skills and groups", () => {
  it("has a positive integer version", () => {
    expect(Number.isInteger(TAXONOMY_SEED_VERSION)).toBe(true);
    expect(TAXONOMY_SEED_VERSION).toBeGreaterThan(0);
  });

  it("has unique kebab-case slugs for groups and skills", () => {
    expect(dupes(skillGroups.map((g) => g.slug))).toEqual([]);
    expect(dupes(skills.map((s) => s.slug))).toEqual([]);
    for (const slug of [...skillGroups.map((g) => g.slug), ...skills.map((s) => s.slug)]) {
      expect(slug, slug).toMatch(KEBAB);
    }
  });

  it("has at least 60 skills in at least 6 groups, each group non-empty", () => {
    expect(skills.length).toBeGreaterThanOrEqual(60);
    expect(skillGroups.length).toBeGreaterThanOrEqual(6);
    for (const g of skillGroups) {
      expect(skills.filter((s) => s.group === g.slug).length, g.slug).toBeGreaterThanOrEqual(1);
    }
    for (const slug of [
      "communication-moderation", "content", "analytics", "advertising-targeting",
      "events-offline", "strategy-management", "tools",
    ]) {
      expect(skillGroups.some((g) => g.slug === slug), slug).toBe(true);
    }
  });

  it("puts every skill in an existing group", () => {
    const groups = new Set(skillGroups.map((g) => g.slug));
    for (const s of skills) expect(groups.has(s.group), `${s.slug} -> ${s.group}`).toBe(true);
  });

  it("mixes SKILL and KNOWLEDGE types", () => {
    expect(skills.some((s) => s.type === "SKILL")).toBe(true);
    expect(skills.some((s) => s.type === "KNOWLEDGE")).toBe(true);
  });

  it("has non-empty English and Cyrillic Russian texts, 0-4 alt labels each", () => {
    for (const g of skillGroups) {
      expect(g.labelEn.trim(), g.slug).not.toBe("");
      expect(g.labelRu, g.slug).toMatch(CYRILLIC);
    }
    for (const s of skills) {
      for (const t of [s.labelEn, s.descriptionEn, ...s.altLabelsEn]) expect(t.trim(), s.slug).not.toBe("");
      for (const t of [s.labelRu, s.descriptionRu, ...s.altLabelsRu]) expect(t, s.slug).toMatch(CYRILLIC);
      expect(s.altLabelsEn.length, s.slug).toBeLessThanOrEqual(4);
      expect(s.altLabelsRu.length, s.slug).toBeLessThanOrEqual(4);
    }
  });
});

describe("taxonomy seed: roles", () => {
  it("has unique role slugs", () => {
    expect(dupes(roles.map((r) => r.slug))).toEqual([]);
  });

  it("has every required role with the right family and seniority, and at least 6 feeders", () => {
    for (const [slug, family, seniority] of REQUIRED_ROLES) {
      const role = roleBySlug.get(slug);
      expect(role, slug).toBeDefined();
      expect(role?.family, slug).toBe(family);
      if (seniority) expect(role?.seniority, slug).toBe(seniority);
    }
    const feeders = roles.filter((r) => r.family === "FEEDER");
    expect(feeders.length).toBeGreaterThanOrEqual(6);
    for (const f of feeders) expect(f.seniority, f.slug).toBe("MIDDLE");
  });

  it("has requirements that name existing skills, without duplicates, mixing ESSENTIAL and OPTIONAL", () => {
    for (const r of roles) {
      expect(r.requirements.length, r.slug).toBeGreaterThanOrEqual(8);
      for (const q of r.requirements) {
        expect(skillSlugs.has(q.skill), `${r.slug}: ${q.skill}`).toBe(true);
        expect([1, 2, 3, 4, 5], `${r.slug}: ${q.skill}`).toContain(q.minLevel);
      }
      expect(dupes(r.requirements.map((q) => q.skill)), r.slug).toEqual([]);
      expect(r.requirements.some((q) => q.importance === "ESSENTIAL"), r.slug).toBe(true);
      expect(r.requirements.some((q) => q.importance === "OPTIONAL"), r.slug).toBe(true);
    }
  });

  it("raises the average level with seniority along each family's ladder", () => {
    const avg = (slug: string) => {
      const reqs = roleBySlug.get(slug)!.requirements;
      return reqs.reduce((sum, q) => sum + q.minLevel, 0) / reqs.length;
    };
    const ladders = [
      ["smm-specialist-junior", "smm-specialist-middle", "smm-specialist-senior"],
      ["community-manager-junior", "community-manager-middle", "community-manager-senior", "community-lead", "community-strategy-lead"],
    ];
    for (const ladder of ladders) {
      ladder.slice(1).forEach((upper, i) => {
        const lower = ladder[i] as string;
        expect(avg(upper), `${lower} < ${upper}`).toBeGreaterThan(avg(lower));
      });
    }
  });

  it("has non-empty English and Cyrillic Russian texts with matching en/ru array lengths", () => {
    for (const r of roles) {
      for (const t of [r.labelEn, r.summaryEn, ...r.responsibilitiesEn, ...r.kpisEn, ...r.channelsEn]) {
        expect(t.trim(), r.slug).not.toBe("");
      }
      for (const t of [r.labelRu, r.summaryRu, ...r.responsibilitiesRu, ...r.kpisRu, ...r.channelsRu]) {
        expect(t, r.slug).toMatch(CYRILLIC);
      }
      expect(r.responsibilitiesRu.length, r.slug).toBe(r.responsibilitiesEn.length);
      expect(r.responsibilitiesEn.length, r.slug).toBeGreaterThanOrEqual(4);
      expect(r.responsibilitiesEn.length, r.slug).toBeLessThanOrEqual(7);
      expect(r.kpisRu.length, r.slug).toBe(r.kpisEn.length);
      expect(r.kpisEn.length, r.slug).toBeGreaterThan(0);
      expect(r.channelsRu.length, r.slug).toBe(r.channelsEn.length);
      expect(r.channelsEn.length, r.slug).toBeGreaterThan(0);
    }
  });

  it("gives each family the KPIs the source article names", () => {
    const smmKpis = [/reach/i, /click-through/i, /conversion/i, /sales/i, /cost per lead/i];
    const communityKpis = [/active members/i, /retention/i, /event attendance/i, /feedback/i, /referral/i];
    const check = (family: SeedRole["family"], patterns: RegExp[]) => {
      const familyRoles = roles.filter((r) => r.family === family);
      expect(familyRoles.length).toBeGreaterThan(0);
      for (const r of familyRoles) {
        for (const p of patterns) expect(r.kpisEn.some((k) => p.test(k)), `${r.slug}: ${p}`).toBe(true);
      }
    };
    check("SMM", smmKpis);
    check("COMMUNITY", communityKpis);
  });

  it("shares at least 10 skills between SMM and community roles", () => {
    const required = (family: SeedRole["family"]) =>
      new Set(roles.filter((r) => r.family === family).flatMap((r) => r.requirements.map((q) => q.skill)));
    const smm = required("SMM");
    const community = required("COMMUNITY");
    const shared = [...smm].filter((s) => community.has(s));
    expect(shared.length).toBeGreaterThanOrEqual(10);
  });

  it("only uses ESCO URIs (or null) as sources", () => {
    for (const x of [...skills, ...roles]) {
      if (x.sourceUri !== null) expect(x.sourceUri, x.slug).toMatch(/^http:\/\/data\.europa\.eu\/esco\//);
    }
  });

  it("links skills to ESCO: exact matches as the source, close ones only as a hint", () => {
    const exact = skills.filter((s) => s.sourceUri !== null);
    const hints = skills.filter((s) => s.escoHintUri !== null);
    expect(exact.length).toBeGreaterThanOrEqual(40);
    expect(hints.length).toBeGreaterThanOrEqual(30);
    for (const s of hints) {
      expect(s.escoHintUri, s.slug).toMatch(/^http:\/\/data\.europa\.eu\/esco\/skill\//);
      expect(s.sourceUri, `${s.slug} has both an exact source and a close hint`).toBeNull();
    }
  });

  it("keeps each family's KPIs and channels once, for the templates to start from", () => {
    expect(families.map((f) => f.family).sort()).toEqual(["COMMUNITY", "SMM"]);
    for (const f of families) {
      expect(f.kpisEn.length, f.family).toBeGreaterThanOrEqual(4);
      expect(f.kpisRu.length, f.family).toBe(f.kpisEn.length);
      expect(f.channelsRu.length, f.family).toBe(f.channelsEn.length);
    }
  });
});

describe("taxonomy seed: growth edges", () => {
  const has = (from: string, to: string, kind?: "VERTICAL" | "HORIZONTAL") =>
    growthEdges.some((e) => e.from === from && e.to === to && (kind === undefined || e.kind === kind));

  it("references existing roles, without self-edges or duplicates", () => {
    for (const e of growthEdges) {
      expect(roleBySlug.has(e.from), e.from).toBe(true);
      expect(roleBySlug.has(e.to), e.to).toBe(true);
      expect(e.from, `${e.from} -> ${e.to}`).not.toBe(e.to);
      expect(e.rationaleEn.trim(), `${e.from} -> ${e.to}`).not.toBe("");
      expect(e.rationaleRu, `${e.from} -> ${e.to}`).toMatch(CYRILLIC);
    }
    expect(dupes(growthEdges.map((e) => `${e.from}->${e.to}`))).toEqual([]);
  });

  it("has the vertical community chain edge by edge, and the SMM chain", () => {
    const chains = [
      ["community-manager-junior", "community-manager-middle", "community-manager-senior", "community-lead", "community-strategy-lead"],
      ["smm-specialist-junior", "smm-specialist-middle", "smm-specialist-senior"],
    ];
    for (const chain of chains) {
      chain.slice(1).forEach((to, i) => {
        const from = chain[i] as string;
        expect(has(from, to, "VERTICAL"), `${from} -> ${to}`).toBe(true);
      });
    }
  });

  it("has horizontal bridges from a community manager to SMM, producer, journalist and marketing manager, and back", () => {
    const communityManagers = roles.filter((r) => r.slug.startsWith("community-manager-")).map((r) => r.slug);
    for (const target of ["producer", "journalist", "marketing-manager"]) {
      expect(communityManagers.some((cm) => has(cm, target, "HORIZONTAL")), target).toBe(true);
    }
    expect(
      communityManagers.some((cm) => growthEdges.some((e) =>
        e.from === cm && e.kind === "HORIZONTAL" && roleBySlug.get(e.to)?.family === "SMM")),
    ).toBe(true);
    expect(has("smm-specialist-middle", "community-manager-middle", "HORIZONTAL")).toBe(true);
  });

  it("leads every feeder to the junior community manager", () => {
    for (const f of roles.filter((r) => r.family === "FEEDER")) {
      expect(has(f.slug, "community-manager-junior", "HORIZONTAL"), f.slug).toBe(true);
    }
  });
});
