// `npm run db:migrate`: apply pending migrations and seed the default taxonomy,
// without starting the server (the server does the same at start).
import { database } from "@/lib/db";
import { migrate } from "@/lib/server/migrate";
import { seedTaxonomy } from "@/lib/server/seed";

async function main() {
  const result = await migrate();
  process.stdout.write(`Applied: ${result.applied.join(", ") || "none"} (already applied: ${result.alreadyApplied})\n`);
  const seed = await seedTaxonomy();
  process.stdout.write(seed.skipped ? "Taxonomy: already seeded\n" : `Taxonomy seeded: ${JSON.stringify(seed)}\n`);
  await database().close();
}

main().catch((error: unknown) => {
  process.stderr.write(`${(error as Error).message}\n`);
  process.exit(1);
});
