import "server-only";
// Demo accounts and published demo postings for the embedded database, made
// only when it has no users.
// Their passwords are generated for each data folder (never printed in the
// README, so a reachable demo is not an open admin account), printed at every
// start and kept in DATA_DIR/demo-accounts.json (readable by the owner only).
import { randomBytes, randomInt } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { log } from "@/lib/log";
import { dataDir } from "@/lib/server/data-dir";
import { createDemoApplicants } from "@/lib/server/demo-applicants";
import { createDemoPostings } from "@/lib/server/demo-postings";
import { hashPassword } from "@/lib/server/passwords";
import type { UserRole } from "@/lib/views/vocabulary";
import demoCandidate from "@/prisma/seed/demo/candidate.json";

const DEMO_CANDIDATE = demoCandidate as {
  headline: string;
  location: string;
  roles: { role: string; title: string; years: number; current: boolean }[];
  skills: { skill: string; level: number; evidence?: string }[];
  workMode: "REMOTE" | "HYBRID" | "ON_SITE";
  languages: string[];
};

export interface DemoAccount {
  role: UserRole;
  email: string;
  password: string;
}

const DEMO_USERS = [
  { role: "ADMIN", email: "admin@example.com", name: "Ada Admin" },
  { role: "EMPLOYER", email: "employer@example.com", name: "Egor Employer" },
  { role: "CANDIDATE", email: "candidate@example.com", name: "Katya Candidate" },
] as const;

export const DEMO_COMPANY = {
  name: "Northwind Communities",
  website: "https://northwind.example.com",
  size: "SIZE_11_50",
  description: "A demo company that runs online and offline communities for its brands.",
} as const;

/** Where the passwords are kept: a file in the data folder (none for an in-memory database). */
export const demoAccountsFile = env.DATA_DIR.startsWith("memory://") ? null : path.join(dataDir, "demo-accounts.json");
let inMemory: DemoAccount[] = [];

function writeDemoAccounts(accounts: DemoAccount[]): void {
  if (!demoAccountsFile) {
    inMemory = accounts;
    return;
  }
  fs.mkdirSync(dataDir, { recursive: true });
  fs.writeFileSync(demoAccountsFile, `${JSON.stringify(accounts, null, 2)}\n`, { mode: 0o600 });
}

function readDemoAccounts(): DemoAccount[] {
  if (!demoAccountsFile) return inMemory;
  try {
    const parsed = JSON.parse(fs.readFileSync(demoAccountsFile, "utf8")) as unknown;
    return Array.isArray(parsed) ? (parsed as DemoAccount[]) : [];
  } catch {
    return [];
  }
}

/** A password that passes the policy: letters, digits, 20 characters, random. */
function generatePassword(): string {
  return `Demo-${randomBytes(6).toString("hex")}-${randomInt(10, 100)}`;
}

/** Creates the demo accounts when the users table is empty; returns whether it did. */
export async function createDemoDataIfEmpty(): Promise<boolean> {
  if ((await db.user.count()) > 0) return false;
  const accounts = DEMO_USERS.map((u) => ({ role: u.role, email: u.email, password: generatePassword() }));
  // The demo applicants' accounts get a password nobody knows: they are there to be seen in the pipeline, not to sign in.
  const hashes = await Promise.all([...accounts.map((a) => hashPassword(a.password)), hashPassword(generatePassword())]);
  // The passwords are kept before the accounts exist: a crash in between leaves a file, never an account nobody can open.
  writeDemoAccounts(accounts);
  await db.$transaction(async (tx) => {
    const [admin, employer, candidate] = DEMO_USERS;
    await tx.user.create({ data: { email: admin.email, name: admin.name, role: "ADMIN", passwordHash: hashes[0]! } });
    const owner = await tx.user.create({
      data: {
        email: employer.email,
        name: employer.name,
        role: "EMPLOYER",
        passwordHash: hashes[1]!,
        memberships: { create: { role: "OWNER", company: { create: DEMO_COMPANY } } },
      },
      select: { id: true, name: true, memberships: { select: { companyId: true } } },
    });
    // A board worth searching on first start (never on PostgreSQL: this runs on an empty embedded database only),
    // and a pipeline on the demo company's postings.
    await createDemoPostings(tx, owner.memberships[0]!.companyId);
    await createDemoApplicants(tx, owner.memberships[0]!.companyId, owner, hashes[3]!);
    // A background the career map can place: a former moderator who organises events.
    const [roles, skills] = await Promise.all([
      tx.role.findMany({ where: { slug: { in: DEMO_CANDIDATE.roles.map((r) => r.role) } }, select: { id: true, slug: true } }),
      tx.skill.findMany({ where: { slug: { in: DEMO_CANDIDATE.skills.map((s) => s.skill) } }, select: { id: true, slug: true } }),
    ]);
    const roleId = new Map(roles.map((r) => [r.slug, r.id]));
    const skillId = new Map(skills.map((s) => [s.slug, s.id]));
    await tx.user.create({
      data: {
        email: candidate.email,
        name: candidate.name,
        role: "CANDIDATE",
        passwordHash: hashes[2]!,
        candidateProfile: {
          create: {
            headline: DEMO_CANDIDATE.headline,
            location: DEMO_CANDIDATE.location,
            workMode: DEMO_CANDIDATE.workMode,
            languages: DEMO_CANDIDATE.languages,
          },
        },
        candidateRoles: {
          create: DEMO_CANDIDATE.roles
            .filter((r) => roleId.has(r.role))
            .map((r, position) => ({ roleId: roleId.get(r.role)!, title: r.title, years: r.years, current: r.current, position })),
        },
        candidateSkills: {
          create: DEMO_CANDIDATE.skills
            .filter((s) => skillId.has(s.skill))
            .map((s, position) => ({ skillId: skillId.get(s.skill)!, level: s.level, evidence: s.evidence ?? null, position })),
        },
      },
    });
  });
  log("info", "seed.demo_accounts", { count: accounts.length, file: demoAccountsFile });
  return true;
}

/** The demo logins still present, to print at start. */
export async function presentDemoAccounts(): Promise<DemoAccount[]> {
  const kept = readDemoAccounts();
  const present = new Set(
    (await db.user.findMany({ where: { email: { in: kept.map((a) => a.email) } }, select: { email: true } })).map((u) => u.email),
  );
  return kept.filter((a) => present.has(a.email));
}
