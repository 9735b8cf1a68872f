// The demo postings and applicants for an e2e run on PostgreSQL, where the app
// makes none (the embedded database gets them at first start): the job
// board's and the pipeline's specs then read the same data on both databases.
// The demo company's owner signs in with E2E_EMPLOYER_EMAIL and
// E2E_EMPLOYER_PASSWORD. Run by global-setup.ts with the run's DATABASE_URL,
// before the server starts.
import { db, database } from "@/lib/db";
import { DEMO_COMPANY } from "@/lib/server/demo-data";
import { createDemoApplicants } from "@/lib/server/demo-applicants";
import { createDemoPostings } from "@/lib/server/demo-postings";
import { hashPassword } from "@/lib/server/passwords";
import { migrate } from "@/lib/server/migrate";
import { seedTaxonomy } from "@/lib/server/seed";

async function main(): Promise<void> {
  await migrate();
  await seedTaxonomy();
  const email = process.env.E2E_EMPLOYER_EMAIL;
  const password = process.env.E2E_EMPLOYER_PASSWORD;
  if (!email || !password) throw new Error("E2E_EMPLOYER_EMAIL and E2E_EMPLOYER_PASSWORD are needed");
  const [ownerHash, nobodyHash] = await Promise.all([hashPassword(password), hashPassword(`${password}-applicants`)]);
  const count = await db.$transaction(async (tx) => {
    const company = await tx.company.create({ data: { name: DEMO_COMPANY.name, website: DEMO_COMPANY.website, description: DEMO_COMPANY.description }, select: { id: true } });
    const owner = await tx.user.create({
      data: { email, name: "Demo Employer", role: "EMPLOYER", passwordHash: ownerHash, memberships: { create: { role: "OWNER", companyId: company.id } } },
      select: { id: true, name: true },
    });
    const postings = await createDemoPostings(tx, company.id);
    return { postings, applicants: await createDemoApplicants(tx, company.id, owner, nobodyHash) };
  }, { timeout: 60_000 });
  process.stdout.write(`seeded ${count.postings} demo postings and ${count.applicants} applicants\n`);
  await database().close();
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
