import "server-only";
// Seeds the default taxonomy. Insert-only and idempotent: rows that exist (by
// slug) are never updated, so an admin's edits survive; requirements and edges
// are added only for roles this run created. A version stored in AppSetting
// means a re-run with nothing new does no work at all.
import { db } from "@/lib/db";
import { log } from "@/lib/log";
import {
  growthEdges,
  roles,
  skillGroups,
  skills,
  TAXONOMY_SEED_VERSION,
} from "@/prisma/seed/taxonomy";

const VERSION_KEY = "taxonomy.seedVersion";
const SEED_LOCK = 72_707_202;

export interface SeedResult {
  skipped: boolean;
  groups: number;
  skills: number;
  roles: number;
  requirements: number;
  edges: number;
}

export async function seedTaxonomy(): Promise<SeedResult> {
  const result = await db.$transaction(
    async (tx) => {
      // One seeder at a time across instances; released at commit.
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(${SEED_LOCK}::bigint)`;
      const stored = await tx.appSetting.findUnique({ where: { key: VERSION_KEY } });
      if (stored && Number(stored.value) >= TAXONOMY_SEED_VERSION) {
        return { skipped: true, groups: 0, skills: 0, roles: 0, requirements: 0, edges: 0 };
      }

      const groupsAdded = await tx.skillGroup.createMany({ data: skillGroups, skipDuplicates: true });
      const groupIds = new Map(
        (await tx.skillGroup.findMany({ select: { id: true, slug: true } })).map((g) => [g.slug, g.id]),
      );
      const skillsAdded = await tx.skill.createMany({
        skipDuplicates: true,
        data: skills.map(({ group, ...s }) => ({ ...s, groupId: groupIds.get(group)! })),
      });

      const existingRoles = new Set((await tx.role.findMany({ select: { slug: true } })).map((r) => r.slug));
      const newRoles = roles.filter((r) => !existingRoles.has(r.slug));
      await tx.role.createMany({ data: newRoles.map(({ requirements: _r, ...role }) => role) });

      const roleIds = new Map((await tx.role.findMany({ select: { id: true, slug: true } })).map((r) => [r.slug, r.id]));
      const skillIds = new Map((await tx.skill.findMany({ select: { id: true, slug: true } })).map((s) => [s.slug, s.id]));
      const requirements = newRoles.flatMap((role) =>
        role.requirements
          .filter((req) => skillIds.has(req.skill))
          .map((req) => ({
            roleId: roleIds.get(role.slug)!,
            skillId: skillIds.get(req.skill)!,
            importance: req.importance,
            minLevel: req.minLevel,
          })),
      );
      const reqAdded = await tx.roleRequirement.createMany({ data: requirements, skipDuplicates: true });

      const created = new Set(newRoles.map((r) => r.slug));
      const edges = growthEdges
        .filter((e) => (created.has(e.from) || created.has(e.to)) && roleIds.has(e.from) && roleIds.has(e.to))
        .map(({ from, to, ...e }) => ({ ...e, fromRoleId: roleIds.get(from)!, toRoleId: roleIds.get(to)! }));
      const edgesAdded = await tx.growthEdge.createMany({ data: edges, skipDuplicates: true });

      await tx.appSetting.upsert({
        where: { key: VERSION_KEY },
        create: { key: VERSION_KEY, value: String(TAXONOMY_SEED_VERSION) },
        update: { value: String(TAXONOMY_SEED_VERSION) },
      });
      return {
        skipped: false,
        groups: groupsAdded.count,
        skills: skillsAdded.count,
        roles: newRoles.length,
        requirements: reqAdded.count,
        edges: edgesAdded.count,
      };
    },
    { timeout: 60_000, maxWait: 60_000 },
  );
  if (!result.skipped) log("info", "seed.taxonomy", { version: TAXONOMY_SEED_VERSION, ...result });
  return result;
}
