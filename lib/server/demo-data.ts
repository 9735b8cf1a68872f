import "server-only";
// Demo accounts for the embedded database, made only when it has no users.
import { db } from "@/lib/db";
import { log } from "@/lib/log";
import { hashPassword } from "@/lib/server/passwords";

export const DEMO_ACCOUNTS = [
  { role: "ADMIN", email: "admin@example.com", password: "Rolemap-admin-2026", name: "Ada Admin" },
  { role: "EMPLOYER", email: "employer@example.com", password: "Rolemap-employer-2026", name: "Egor Employer" },
  { role: "CANDIDATE", email: "candidate@example.com", password: "Rolemap-candidate-2026", name: "Katya Candidate" },
] as const;

export const DEMO_COMPANY = {
  name: "Northwind Communities",
  website: "https://northwind.example.com",
  size: "SIZE_11_50",
  description: "A demo company that runs online and offline communities for its brands.",
} as const;

/** Creates the demo accounts when the users table is empty; returns whether it did. */
export async function createDemoDataIfEmpty(): Promise<boolean> {
  if ((await db.user.count()) > 0) return false;
  const hashes = await Promise.all(DEMO_ACCOUNTS.map((a) => hashPassword(a.password)));
  await db.$transaction(async (tx) => {
    const [admin, employer, candidate] = DEMO_ACCOUNTS;
    await tx.user.create({ data: { email: admin.email, name: admin.name, role: "ADMIN", passwordHash: hashes[0]! } });
    await tx.user.create({
      data: {
        email: employer.email,
        name: employer.name,
        role: "EMPLOYER",
        passwordHash: hashes[1]!,
        memberships: { create: { role: "OWNER", company: { create: DEMO_COMPANY } } },
      },
    });
    await tx.user.create({
      data: {
        email: candidate.email,
        name: candidate.name,
        role: "CANDIDATE",
        passwordHash: hashes[2]!,
        candidateProfile: { create: { headline: "Community manager, 3 years", location: "Kazan" } },
      },
    });
  });
  log("info", "seed.demo_accounts", { count: DEMO_ACCOUNTS.length });
  return true;
}

/** The demo logins still present, to print at start. */
export async function presentDemoAccounts() {
  const emails = DEMO_ACCOUNTS.map((a) => a.email);
  const present = new Set(
    (await db.user.findMany({ where: { email: { in: emails } }, select: { email: true } })).map((u) => u.email),
  );
  return DEMO_ACCOUNTS.filter((a) => present.has(a.email));
}
