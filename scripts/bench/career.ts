// `npm run bench:career`: the career map and the fit-sorted job board at the
// sizes of issue 10, on the embedded database (or PostgreSQL with
// DATABASE_URL set; a database of its own, rolemap_bench_career).
// 1. A taxonomy of 1,000 skills and 100 roles (four ladders of five rungs,
//    bridges between them, feeder professions) and a candidate with 40 stated
//    skills; the map with every fit and gap, p50/p95 over 1,000 runs: the
//    computation alone (buildCareerMap) and the whole server call
//    (getMyCareerMap: the candidate's rows, the cached taxonomy, the open-jobs
//    counts). The graph's layout (ELK, once per taxonomy revision) is timed
//    apart.
// 2. 10,000 open postings of those roles; /jobs?sort=fit as the signed-in
//    candidate over HTTP against the production server, 4 concurrent; beside
//    it the newest-first board and /account, the floor of any signed-in page.
// Options: --runs N (default 1000), --postings N (default 10000), --seconds N
//          (HTTP, default 10), --port N, --reseed, --no-http.
import { execFileSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { parseArgs } from "node:util";
import autocannon from "autocannon";
import pg from "pg";
import { cleanEnv, startServer, waitForHealth } from "../../tests/e2e/support/servers";
import { benchPosting, companyNames, vocabularyOf, random, type RoleSource } from "./search-corpus";

const ROOT = path.resolve(__dirname, "..", "..");
const { values } = parseArgs({
  options: {
    runs: { type: "string", default: "1000" },
    postings: { type: "string", default: "10000" },
    seconds: { type: "string", default: "10" },
    port: { type: "string", default: "3592" },
    reseed: { type: "boolean", default: false },
    "no-http": { type: "boolean", default: false },
  },
});
const RUNS = Number(values.runs);
const POSTINGS = Number(values.postings);
const SECONDS = Number(values.seconds);
const BASE = `http://127.0.0.1:${values.port}`;
const SKILLS = 1_000;
const LADDERS = 4;
const RUNGS = ["JUNIOR", "MIDDLE", "SENIOR", "LEAD", "HEAD"] as const;
const STATED = 40;
const SEEDED_KEY = "bench.career.seeded";
const say = (line: string) => process.stdout.write(`${line}\n`);
const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
const fmt = (v: number) => v.toFixed(v < 10 ? 2 : 1);

async function prepareDatabase(): Promise<Record<string, string>> {
  const server = process.env.DATABASE_URL;
  if (!server) {
    const dataDir = path.join(os.tmpdir(), "rolemap-bench-career");
    if (values.reseed) fs.rmSync(dataDir, { recursive: true, force: true });
    fs.mkdirSync(dataDir, { recursive: true });
    return { DATA_DIR: dataDir };
  }
  const admin = new pg.Client({ connectionString: server });
  await admin.connect();
  if (values.reseed) await admin.query("DROP DATABASE IF EXISTS rolemap_bench_career WITH (FORCE)");
  if ((await admin.query("SELECT 1 FROM pg_database WHERE datname = 'rolemap_bench_career'")).rowCount === 0) await admin.query("CREATE DATABASE rolemap_bench_career");
  await admin.end();
  const url = new URL(server);
  url.pathname = "/rolemap_bench_career";
  return { DATABASE_URL: url.toString() };
}

async function loadLib() {
  const { db, database } = await import("@/lib/db");
  const { migrate } = await import("@/lib/server/migrate");
  const { syncJobSearch } = await import("@/lib/server/job-search");
  const { buildCareerMap, getMyCareerMap } = await import("@/lib/server/career/map");
  const { getCareerModel } = await import("@/lib/server/career/model");
  const { countOpenJobsByRole } = await import("@/lib/server/job-search");
  const { createUserSession } = await import("@/lib/server/sessions");
  return { db, database, migrate, syncJobSearch, buildCareerMap, getMyCareerMap, getCareerModel, countOpenJobsByRole, createUserSession };
}
type Lib = Awaited<ReturnType<typeof loadLib>>;

/** 1,000 skills in 20 groups; 100 roles: 4 ladders × 5 rungs × 4 variants, plus feeders; each role asks 12–24 skills. */
async function seedTaxonomy(lib: Lib): Promise<{ candidateId: string }> {
  const { db } = lib;
  const kept = await db.appSetting.findUnique({ where: { key: SEEDED_KEY } });
  if (kept) return JSON.parse(kept.value);
  const started = performance.now();
  const next = random(10);
  await db.skillGroup.createMany({ data: Array.from({ length: 20 }, (_, g) => ({ id: `bg${g}`, slug: `bench-group-${g}`, labelEn: `Group ${g}`, labelRu: `Группа ${g}`, position: g })) });
  await db.skill.createMany({
    data: Array.from({ length: SKILLS }, (_, i) => ({
      id: `bs${i}`, slug: `bench-skill-${i}`, groupId: `bg${i % 20}`, type: "SKILL" as const, labelEn: `Skill ${i}`, labelRu: `Навык ${i}`,
      descriptionEn: "", descriptionRu: "", altLabelsEn: [], altLabelsRu: [], position: i,
    })),
  });
  const roles: { id: string; family: "SMM" | "COMMUNITY" | "ADJACENT" | "FEEDER"; seniority: (typeof RUNGS)[number] }[] = [];
  for (let ladder = 0; ladder < LADDERS; ladder++) {
    for (let variant = 0; variant < 4; variant++) {
      RUNGS.forEach((seniority) => roles.push({ id: `br${ladder}-${variant}-${seniority}`, family: ladder % 2 ? "SMM" : "COMMUNITY", seniority }));
    }
  }
  for (let f = roles.length; f < 100; f++) roles.push({ id: `bf${f}`, family: "FEEDER", seniority: "MIDDLE" });
  await db.role.createMany({
    data: roles.map((r, i) => ({ id: r.id, slug: `bench-role-${i}`, family: r.family, seniority: r.seniority, labelEn: `Role ${i}`, labelRu: `Роль ${i}`, summaryEn: "", summaryRu: "", position: i })),
  });
  const requirements = roles.flatMap((r, i) => {
    const count = 12 + Math.floor(next() * 13);
    const base = (i * 37) % SKILLS;
    return Array.from({ length: count }, (_, k) => ({
      roleId: r.id, skillId: `bs${(base + k * 7) % SKILLS}`, importance: k < count / 2 ? ("ESSENTIAL" as const) : ("OPTIONAL" as const),
      minLevel: 1 + Math.floor(next() * 5), position: k,
    }));
  });
  await db.roleRequirement.createMany({ data: requirements, skipDuplicates: true });
  const edges: { fromRoleId: string; toRoleId: string; kind: "VERTICAL" | "HORIZONTAL"; rationaleEn: string; rationaleRu: string }[] = [];
  const ladderRoles = roles.filter((r) => r.family !== "FEEDER");
  for (const r of ladderRoles) {
    const rung = RUNGS.indexOf(r.seniority);
    const [, ladder, variant] = /^br(\d+)-(\d+)-/.exec(r.id)!;
    if (rung < RUNGS.length - 1) edges.push({ fromRoleId: r.id, toRoleId: `br${ladder}-${variant}-${RUNGS[rung + 1]}`, kind: "VERTICAL", rationaleEn: "Up", rationaleRu: "Вверх" });
    if (rung === 1) edges.push({ fromRoleId: r.id, toRoleId: `br${(Number(ladder) + 1) % LADDERS}-${variant}-MIDDLE`, kind: "HORIZONTAL", rationaleEn: "Across", rationaleRu: "Вбок" });
  }
  roles.filter((r) => r.family === "FEEDER").forEach((r, i) => edges.push({ fromRoleId: r.id, toRoleId: `br${i % LADDERS}-${i % 4}-JUNIOR`, kind: "HORIZONTAL", rationaleEn: "In", rationaleRu: "Вход" }));
  await db.growthEdge.createMany({ data: edges });
  await db.$executeRaw`INSERT INTO "AppSetting" ("key", "value", "updatedAt") VALUES ('taxonomy.revision', '1000', now()) ON CONFLICT ("key") DO UPDATE SET "value" = '1000'`;

  // The candidate: 40 stated skills, a current role.
  const candidate = await db.user.create({ data: { email: "bench-candidate@example.com", name: "Bench Candidate", role: "CANDIDATE", passwordHash: "x" } });
  const stated = Array.from({ length: STATED }, (_, k) => ({ userId: candidate.id, skillId: `bs${(k * 13) % SKILLS}`, level: 1 + (k % 5), position: k }));
  await db.candidateSkill.createMany({ data: stated, skipDuplicates: true });
  await db.candidateRole.create({ data: { userId: candidate.id, roleId: "br0-0-MIDDLE", years: 3, current: true } });

  // The postings: the ladders' roles, with their skills.
  const sources: RoleSource[] = ladderRoles.map((r) => ({
    id: r.id, family: r.family as "SMM" | "COMMUNITY", labelEn: r.id, labelRu: r.id,
    skillIds: requirements.filter((q) => q.roleId === r.id).map((q) => q.skillId),
  }));
  const vocabulary = vocabularyOf({ en: ["community events moderation growth content social media strategy analytics"], ru: ["сообщество мероприятия модерация рост контент соцсети стратегия аналитика"] });
  const names = companyNames(200, 10);
  await db.company.createMany({ data: names.map((name, i) => ({ id: `bc${i}`, name })) });
  const now = Date.now();
  for (let start = 0; start < POSTINGS; start += 2_000) {
    const batch = Array.from({ length: Math.min(2_000, POSTINGS - start) }, (_, k) => benchPosting(start + k, POSTINGS, 10, vocabulary, sources, names.length, now));
    await db.jobPosting.createMany({
      data: batch.map((p) => ({
        id: p.id, companyId: `bc${p.companyIndex}`, status: "PUBLISHED" as const, stepReached: 5, family: p.family, roleId: p.roleId,
        titleEn: p.language === "en" ? p.title : "", titleRu: p.language === "ru" ? p.title : "", descriptionEn: p.language === "en" ? p.description : "",
        descriptionRu: p.language === "ru" ? p.description : "", employmentType: "FULL_TIME" as const, validDays: 90, publishedAt: p.publishedAt,
        submittedAt: p.publishedAt, expiresAt: new Date(p.publishedAt.getTime() + 90 * 86_400_000),
      })),
    });
    await db.postingSkill.createMany({ data: batch.flatMap((p) => p.skills.map((s, position) => ({ postingId: p.id, ...s, position }))), skipDuplicates: true });
    await lib.syncJobSearch(db, batch.map((p) => p.id));
  }
  await db.$executeRawUnsafe("ANALYZE");
  const seeded = { candidateId: candidate.id };
  await db.appSetting.create({ data: { key: SEEDED_KEY, value: JSON.stringify(seeded) } });
  say(`seeded ${SKILLS} skills, ${roles.length} roles, ${edges.length} edges, ${requirements.length} requirements, ${POSTINGS.toLocaleString("en")} postings in ${((performance.now() - started) / 1000).toFixed(0)} s`);
  return seeded;
}

function timings(samples: number[]): string {
  const s = [...samples].sort((a, b) => a - b);
  return `p50 ${fmt(percentile(s, 50))} ms, p95 ${fmt(percentile(s, 95))} ms, max ${fmt(s[s.length - 1]!)} ms`;
}

async function main(): Promise<void> {
  const env = await prepareDatabase();
  Object.assign(process.env, env, { LOG_LEVEL: "warn" });
  const lib = await loadLib();
  await lib.migrate();
  const { candidateId } = await seedTaxonomy(lib);
  const actor = { id: candidateId, role: "CANDIDATE" as const, name: "Bench Candidate", email: "bench-candidate@example.com", locale: "en" as const };
  say(`\n${os.cpus().length} cores, ${process.env.DATABASE_URL ? "PostgreSQL" : "embedded PGlite"}; ${SKILLS} skills, 100 roles, a candidate with ${STATED} skills; ${RUNS} runs\n`);

  let t0 = performance.now();
  const model = await lib.getCareerModel();
  say(`taxonomy read and graph layout (ELK), once per taxonomy revision: ${fmt(performance.now() - t0)} ms`);
  const rows = await lib.db.candidateSkill.findMany({ where: { userId: candidateId }, select: { skillId: true, level: true } });
  const standing = { history: [{ roleId: "br0-0-MIDDLE", current: true }], stated: new Map(rows.map((r) => [r.skillId, r.level])), targetRoleId: null };
  const openJobs = await lib.countOpenJobsByRole();
  const compute: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    t0 = performance.now();
    lib.buildCareerMap(model, standing, openJobs, "en");
    compute.push(performance.now() - t0);
  }
  say(`the map's computation (every fit, gap, placement and step): ${timings(compute)}`);
  const whole: number[] = [];
  let map = await lib.getMyCareerMap(actor as never, "en");
  for (let i = 0; i < RUNS; i++) {
    t0 = performance.now();
    map = await lib.getMyCareerMap(actor as never, "en");
    whole.push(performance.now() - t0);
  }
  say(`getMyCareerMap (the candidate's rows + the computation): ${timings(whole)}`);
  say(`  (placed on ${map?.here?.label}, ${map?.roles.filter((r) => r.step).length} roles reachable, ${map?.roles.length} roles)`);
  const sid = await lib.createUserSession(candidateId, "bench");
  await lib.database().close();
  if (!process.env.DATABASE_URL) (await import("@/lib/server/data-dir")).releaseDataDirLock();
  if (values["no-http"]) return;

  if (!fs.existsSync(path.join(ROOT, ".next", "BUILD_ID")) || !fs.existsSync(path.join(ROOT, "dist", "serve.cjs"))) {
    say("building (npm run build)…");
    execFileSync("npm", ["run", "build"], { cwd: ROOT, stdio: ["ignore", "ignore", "inherit"] });
  }
  const secret = randomBytes(32).toString("hex");
  const { encode } = await import("next-auth/jwt");
  const cookie = `next-auth.session-token=${await encode({ token: { sub: candidateId, sid }, secret })}`;
  const logDir = fs.mkdtempSync(path.join(os.tmpdir(), "rolemap-bench-log-"));
  const server = startServer({ env: cleanEnv({ ...env, PORT: values.port!, LOG_LEVEL: "warn", DEMO_DATA: "off", AUTH_SECRET: secret }), logFile: path.join(logDir, "server.log") });
  try {
    await waitForHealth(server, BASE);
    const check = await fetch(`${BASE}/jobs?sort=fit`, { headers: { cookie } });
    const body = await check.text();
    if (check.status !== 200 || !body.includes("skills match")) throw new Error(`the fit-sorted board did not answer as the candidate (${check.status})`);
    const run = (connections: number, seconds: number, url = "/jobs?sort=fit") =>
      new Promise<{ times: number[]; result: autocannon.Result }>((resolve, reject) => {
        const times: number[] = [];
        const instance = autocannon(
          { url: `${BASE}${url}`, connections, duration: seconds, headers: { cookie, "accept-language": "en" } },
          (error, result) => (error ? reject(error) : resolve({ times, result })),
        );
        instance.on("response", (_c, _s, _b, time) => times.push(time));
      });
    await run(2, 2); // warm
    const { times, result } = await run(4, SECONDS);
    const byDate = await run(4, SECONDS, "/jobs");
    // The floor: a signed-in page with little on it, rendered per request like the board.
    const account = await run(4, SECONDS, "/account");
    say(`\n/account (a signed-in page with little on it), 4 concurrent, for the floor: ${timings(account.times)}, ${(account.result.requests.total / SECONDS).toFixed(0)} req/s`);
    say(`/jobs (newest first) as the same candidate, for comparison: ${timings(byDate.times)}, ${(byDate.result.requests.total / SECONDS).toFixed(0)} req/s`);
    say(`/jobs?sort=fit as the signed-in candidate, ${POSTINGS.toLocaleString("en")} open postings, 4 concurrent, ${SECONDS} s: ${timings(times)}, ${(result.requests.total / SECONDS).toFixed(0)} req/s, ${result.errors + result.timeouts + result.non2xx} errors`);
  } finally {
    await server.stop();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
