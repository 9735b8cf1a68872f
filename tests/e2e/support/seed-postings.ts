// The demo postings for an e2e run on PostgreSQL, where the app makes none
// (the embedded database gets them at first start): the job board's specs
// then read the same postings on both databases. Run by global-setup.ts with
// the run's DATABASE_URL, before the server starts.
import { db, database } from "@/lib/db";
import { DEMO_COMPANY } from "@/lib/server/demo-data";
import { createDemoPostings } from "@/lib/server/demo-postings";
import { migrate } from "@/lib/server/migrate";
import { seedTaxonomy } from "@/lib/server/seed";

async function main(): Promise<void> {
  await migrate();
  await seedTaxonomy();
  const count = await db.$transaction(async (tx) => {
    const company = await tx.company.create({ data: { name: DEMO_COMPANY.name, website: DEMO_COMPANY.website, description: DEMO_COMPANY.description }, select: { id: true } });
    return createDemoPostings(tx, company.id);
  });
  process.stdout.write(`seeded ${count} demo postings\n`);
  await database().close();
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
