// lib/server/seed.ts: the default taxonomy goes in once, and never overwrites
// or re-adds what an admin changed afterwards.
import { describe, expect, it } from "vitest";
import { database, setDatabase } from "@/lib/db";
import { seedTaxonomy } from "@/lib/server/seed";
import { readTaxonomyDocument } from "@/lib/server/taxonomy/docs";
import { DEFAULT_TAXONOMY_VERSION as TAXONOMY_SEED_VERSION, defaultTaxonomyDocument } from "@/lib/server/taxonomy/default-taxonomy";
import { zTaxonomyDocument } from "@/lib/validations/taxonomy";
import { concurrencyTest, openMigratedDatabase } from "./databases";

const { skillGroups, skills, roles, growthEdges, families } = zTaxonomyDocument.parse(defaultTaxonomyDocument());
const prisma = () => database().prisma;

/** Every row of every taxonomy table, timestamps included. */
async function snapshot() {
  const p = prisma();
  return {
    groups: await p.skillGroup.findMany({ orderBy: { slug: "asc" } }),
    skills: await p.skill.findMany({ orderBy: { slug: "asc" } }),
    roles: await p.role.findMany({ orderBy: { slug: "asc" } }),
    requirements: await p.roleRequirement.findMany({ orderBy: [{ roleId: "asc" }, { skillId: "asc" }] }),
    edges: await p.growthEdge.findMany({ orderBy: { id: "asc" } }),
    families: await p.roleFamilyProfile.findMany({ orderBy: { family: "asc" } }),
    settings: await p.appSetting.findMany({ orderBy: { key: "asc" } }),
    history: await p.taxonomyChange.count(),
  };
}

async function edge(from: string, to: string) {
  return prisma().growthEdge.findFirst({
    where: { fromRole: { slug: from }, toRole: { slug: to } },
    select: { kind: true },
  });
}

const totalRequirements = roles.reduce((n, r) => n + r.requirements.length, 0);

describe("seedTaxonomy()", () => {
  it("puts in the whole default taxonomy on the first run", async () => {
    const result = await seedTaxonomy();
    expect(result).toEqual({
      skipped: false,
      groups: skillGroups.length,
      skills: skills.length,
      roles: roles.length,
      edges: growthEdges.length,
      families: families.length,
    });

    const p = prisma();
    expect(await p.skill.count()).toBeGreaterThanOrEqual(60);
    expect(await p.skillGroup.count()).toBeGreaterThanOrEqual(6);
    expect(await p.role.count()).toBe(roles.length);
    expect(await p.roleRequirement.count()).toBe(totalRequirements);
    expect(await p.growthEdge.count()).toBe(growthEdges.length);
    const setting = await p.appSetting.findUnique({ where: { key: "taxonomy.seedVersion" } });
    expect(setting?.value).toBe(String(TAXONOMY_SEED_VERSION));
    // The default taxonomy is one entry in the history, by the app itself.
    expect(await p.taxonomyChange.findMany({ select: { actorName: true, entity: true, action: true } })).toEqual([
      { actorName: "Rolemap", entity: "TAXONOMY", action: "IMPORT" },
    ]);

    const perRole = await p.role.findMany({ select: { slug: true, _count: { select: { requirements: true } } } });
    for (const r of perRole) expect(r._count.requirements, r.slug).toBeGreaterThanOrEqual(8);

    // A skill lands in the group the seed file names.
    const sample = skills[0]!;
    const stored = await p.skill.findUnique({ where: { slug: sample.slug }, select: { group: { select: { slug: true } } } });
    expect(stored?.group.slug).toBe(sample.group);
  });

  it("stores the vertical community and SMM ladders and the horizontal bridges", async () => {
    const vertical = [
      ["community-manager-junior", "community-manager-middle"],
      ["community-manager-middle", "community-manager-senior"],
      ["community-manager-senior", "community-lead"],
      ["community-lead", "community-strategy-lead"],
      ["smm-specialist-junior", "smm-specialist-middle"],
      ["smm-specialist-middle", "smm-specialist-senior"],
    ];
    for (const [from, to] of vertical) expect(await edge(from!, to!), `${from} -> ${to}`).toEqual({ kind: "VERTICAL" });

    const horizontal = [
      ["community-manager-middle", "smm-specialist-middle"],
      ["smm-specialist-middle", "community-manager-middle"],
      ["community-manager-middle", "producer"],
      ["community-manager-middle", "journalist"],
      ["community-manager-middle", "marketing-manager"],
    ];
    for (const [from, to] of horizontal) expect(await edge(from!, to!), `${from} -> ${to}`).toEqual({ kind: "HORIZONTAL" });

    const feeders = await prisma().role.findMany({ where: { family: "FEEDER" }, select: { slug: true } });
    expect(feeders.length).toBeGreaterThanOrEqual(6);
    for (const f of feeders) expect(await edge(f.slug, "community-manager-junior"), f.slug).toEqual({ kind: "HORIZONTAL" });
  });

  it("does nothing at all on a second run", async () => {
    const before = await snapshot();
    const result = await seedTaxonomy();
    expect(result.skipped).toBe(true);
    expect(await snapshot()).toEqual(before);
  });

  it("exports exactly the data files, order included (the seed is an import)", async () => {
    const exported = await prisma().$transaction((tx) => readTaxonomyDocument(tx));
    expect(exported).toEqual(zTaxonomyDocument.parse(defaultTaxonomyDocument()));
  });

  it("keeps an admin's edits, even when the stored seed version is gone", async () => {
    const p = prisma();
    const skillSlug = skills[0]!.slug;
    await p.skill.update({ where: { slug: skillSlug }, data: { labelEn: "Edited by an admin" } });
    const role = roles.find((r) => r.slug === "community-manager-middle")!;
    const dropped = role.requirements[0]!.skill;
    const { count } = await p.roleRequirement.deleteMany({
      where: { role: { slug: role.slug }, skill: { slug: dropped } },
    });
    expect(count).toBe(1);
    await p.appSetting.delete({ where: { key: "taxonomy.seedVersion" } });
    const before = await snapshot();

    const result = await seedTaxonomy();

    expect(result).toMatchObject({ skipped: false, groups: 0, skills: 0, roles: 0, edges: 0, families: 0 });
    const after = await snapshot();
    expect((await p.skill.findUnique({ where: { slug: skillSlug } }))?.labelEn).toBe("Edited by an admin");
    expect(
      await p.roleRequirement.count({ where: { role: { slug: role.slug }, skill: { slug: dropped } } }),
    ).toBe(0);
    // Nothing else moved (no history entry, no new revision); only the version marker came back.
    expect({ ...after, settings: [] }).toEqual({ ...before, settings: [] });
    const marker = (s: { key: string }) => s.key === "taxonomy.seedVersion";
    expect(after.settings.filter((s) => !marker(s))).toEqual(before.settings);
    expect(after.settings.find(marker)?.value).toBe(String(TAXONOMY_SEED_VERSION));
  });
});

describe("two servers seeding an empty database at once", () => {
  concurrencyTest("both succeed, one does the work, and no row is doubled", async () => {
    const fresh = await openMigratedDatabase();
    const original = database();
    setDatabase(fresh.db);
    try {
      const results = await Promise.all([seedTaxonomy(), seedTaxonomy()]);
      expect(results.map((r) => r.skipped).sort()).toEqual([false, true]);
      const p = prisma();
      expect(await p.skillGroup.count()).toBe(skillGroups.length);
      expect(await p.skill.count()).toBe(skills.length);
      expect(await p.role.count()).toBe(roles.length);
      expect(await p.roleRequirement.count()).toBe(totalRequirements);
      expect(await p.growthEdge.count()).toBe(growthEdges.length);
      expect(await p.appSetting.count({ where: { key: "taxonomy.seedVersion" } })).toBe(1);
    } finally {
      setDatabase(original);
      await fresh.dispose();
    }
  });
});
