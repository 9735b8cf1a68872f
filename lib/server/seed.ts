import "server-only";
// Seeds the default taxonomy (prisma/seed/taxonomy/*.json) through the import
// code: the files are parsed with the import schema, so every start proves the
// format. Insert-only and idempotent: what exists is never changed (an admin's
// edits survive), and what an admin deleted does not come back. A version kept
// in AppSetting means a re-run with nothing new does no work at all.
import { db } from "@/lib/db";
import { log } from "@/lib/log";
import { recordChange, SYSTEM_ACTOR } from "@/lib/server/taxonomy/audit";
import { DEFAULT_TAXONOMY_VERSION, defaultTaxonomyDocument } from "@/lib/server/taxonomy/default-taxonomy";
import { importMissing } from "@/lib/server/taxonomy/import";
import { zTaxonomyDocument } from "@/lib/validations/taxonomy";

const VERSION_KEY = "taxonomy.seedVersion";
const SEED_LOCK = 72_707_202;

export interface SeedResult {
  skipped: boolean;
  groups: number;
  skills: number;
  roles: number;
  edges: number;
  families: number;
}

export async function seedTaxonomy(): Promise<SeedResult> {
  const parsed = zTaxonomyDocument.safeParse(defaultTaxonomyDocument());
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    throw new Error(`The default taxonomy (prisma/seed/taxonomy) is invalid at ${first?.path.join(".")}: ${first?.message}`);
  }
  const result = await db.$transaction(
    async (tx) => {
      // One seeder at a time across instances; released at commit.
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(${SEED_LOCK}::bigint)`;
      const stored = await tx.appSetting.findUnique({ where: { key: VERSION_KEY } });
      if (stored && Number(stored.value) >= DEFAULT_TAXONOMY_VERSION) {
        return { skipped: true, groups: 0, skills: 0, roles: 0, edges: 0, families: 0 };
      }
      const added = await importMissing(tx, parsed.data);
      await tx.appSetting.upsert({
        where: { key: VERSION_KEY },
        create: { key: VERSION_KEY, value: String(DEFAULT_TAXONOMY_VERSION) },
        update: { value: String(DEFAULT_TAXONOMY_VERSION) },
      });
      const counts = { groups: added.GROUP, skills: added.SKILL, roles: added.ROLE, edges: added.EDGE, families: added.FAMILY };
      // An entry in the history (and a new revision) only when something was added.
      if (Object.values(counts).some((n) => n > 0)) {
        await recordChange(tx, SYSTEM_ACTOR, {
          entity: "TAXONOMY",
          key: "default",
          label: `Default taxonomy, version ${DEFAULT_TAXONOMY_VERSION}`,
          action: "IMPORT",
          after: counts,
        });
      }
      return { skipped: false, ...counts };
    },
    { timeout: 120_000, maxWait: 60_000 },
  );
  if (!result.skipped) log("info", "seed.taxonomy", { version: DEFAULT_TAXONOMY_VERSION, ...result });
  return result;
}
