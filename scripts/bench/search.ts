// `npm run bench:search`: the job board's search at size (README, "Job board
// search"). Seeds N published postings (10,000 on the embedded database; on
// PostgreSQL, with DATABASE_URL set to a server, a database of its own per
// size: 100,000 or 1,000,000 with --size) and measures a fixed mix of
// searches two ways:
// 1. the search module in process, one query at a time: p50/p95 per class,
//    beside PostgreSQL's own time for the same statement (EXPLAIN ANALYZE);
// 2. the /jobs page over HTTP against the production server: p50/p95 per class
//    at 4 concurrent requests, then requests per second at 32 concurrent
//    beside /api/health's, and the server's largest memory.
// A seeded board is kept (DATA_DIR in the temp folder, or the database) and
// reused by the next run of the same size; --reseed starts again.
// Options: --size N, --reseed, --samples N (per class, default 100; of 40, the
//          p95 was the second slowest, one stray pause from the slowest),
//          --seconds N (HTTP, per measurement, default 8), --port N, --no-http.
import { execFileSync, execSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { parseArgs } from "node:util";
import autocannon from "autocannon";
import pg from "pg";
import { cleanEnv, startServer, waitForHealth } from "../../tests/e2e/support/servers";
import { benchPosting, companyNames, vocabularyOf, type BenchPosting, type RoleSource } from "./search-corpus";

const ROOT = path.resolve(__dirname, "..", "..");
const { values } = parseArgs({
  options: {
    size: { type: "string" },
    reseed: { type: "boolean", default: false },
    samples: { type: "string", default: "100" },
    seconds: { type: "string", default: "8" },
    port: { type: "string", default: "3591" },
    "no-http": { type: "boolean", default: false },
  },
});
const SERVER_URL = process.env.DATABASE_URL;
const SIZE = Number(values.size ?? (SERVER_URL ? 100_000 : 10_000));
const SAMPLES = Number(values.samples);
const SECONDS = Number(values.seconds);
const BASE = `http://127.0.0.1:${values.port}`;
const SEED = 9;
const BATCH = 5_000;
const COMPANIES = Math.max(500, Math.round(SIZE / 100));
const QUERIES_KEY = "bench.search.queries";

type Lang = "en" | "ru";
interface QueryClass {
  name: string;
  lang: Lang;
  queries: string[];
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
const sortNum = (a: number[]) => [...a].sort((x, y) => x - y);
const ms = (v: number) => v.toFixed(v < 10 ? 2 : 1);
const say = (line: string) => process.stdout.write(`${line}\n`);

/** Where the board lives: a database of its own on the PostgreSQL server, or an embedded data folder in the temp folder. */
async function prepareDatabase(): Promise<{ env: Record<string, string> }> {
  if (!SERVER_URL) {
    const dataDir = path.join(os.tmpdir(), `rolemap-bench-search-${SIZE}`);
    if (values.reseed) fs.rmSync(dataDir, { recursive: true, force: true });
    fs.mkdirSync(dataDir, { recursive: true });
    return { env: { DATA_DIR: dataDir } };
  }
  const name = `rolemap_bench_${SIZE}`;
  const admin = new pg.Client({ connectionString: SERVER_URL });
  await admin.connect();
  if (values.reseed) await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  const exists = await admin.query("SELECT 1 FROM pg_database WHERE datname = $1", [name]);
  if (exists.rowCount === 0) await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(SERVER_URL);
  url.pathname = `/${name}`;
  return { env: { DATABASE_URL: url.toString() } };
}

async function seed(lib: Awaited<ReturnType<typeof loadLib>>): Promise<{ rare: Record<Lang, string[]>; medium: Record<Lang, string[]>; common: Record<Lang, string[]>; skill: string }> {
  const { db, syncJobSearch } = lib;
  const kept = await db.appSetting.findUnique({ where: { key: QUERIES_KEY } });
  const indexed = (await db.$queryRaw<{ n: number }[]>`SELECT count(*)::int AS n FROM "PostingSearch"`)[0]!.n;
  if (kept && indexed === SIZE) {
    say(`reusing the seeded board (${SIZE.toLocaleString("en")} postings)`);
    return JSON.parse(kept.value);
  }
  const started = performance.now();
  await db.$executeRawUnsafe(`TRUNCATE "JobPosting", "Company" CASCADE`);
  const roles = await db.role.findMany({
    where: { family: { in: ["SMM", "COMMUNITY"] } },
    select: { id: true, family: true, labelEn: true, labelRu: true, requirements: { select: { skillId: true } } },
  });
  const sources: RoleSource[] = roles.map((r) => ({ id: r.id, family: r.family as "SMM" | "COMMUNITY", labelEn: r.labelEn, labelRu: r.labelRu, skillIds: r.requirements.map((q) => q.skillId) }));
  const allRoles = await db.role.findMany({ select: { labelEn: true, labelRu: true, summaryEn: true, summaryRu: true, responsibilitiesEn: true, responsibilitiesRu: true, kpisEn: true, kpisRu: true, channelsEn: true, channelsRu: true } });
  const skills = await db.skill.findMany({ select: { labelEn: true, labelRu: true, descriptionEn: true, descriptionRu: true, altLabelsEn: true, altLabelsRu: true } });
  const vocabulary = vocabularyOf({
    en: [...allRoles.flatMap((r) => [r.labelEn, r.summaryEn, ...r.responsibilitiesEn, ...r.kpisEn, ...r.channelsEn]), ...skills.flatMap((s) => [s.labelEn, s.descriptionEn, ...s.altLabelsEn])],
    ru: [...allRoles.flatMap((r) => [r.labelRu, r.summaryRu, ...r.responsibilitiesRu, ...r.kpisRu, ...r.channelsRu]), ...skills.flatMap((s) => [s.labelRu, s.descriptionRu, ...s.altLabelsRu])],
  });
  const names = companyNames(COMPANIES, SEED);
  const companyIds = names.map((_, i) => `benchco${String(i).padStart(7, "0")}`);
  for (let i = 0; i < names.length; i += BATCH) {
    await db.company.createMany({ data: names.slice(i, i + BATCH).map((name, j) => ({ id: companyIds[i + j]!, name })) });
  }
  // The text-search index is built once after the load: cheaper than keeping it up to date row by row.
  await db.$executeRawUnsafe(`DROP INDEX IF EXISTS "PostingSearch_document_idx"`);
  const df = { en: new Map<string, number>(), ru: new Map<string, number>() };
  const now = Date.now();
  for (let start = 0; start < SIZE; start += BATCH) {
    const batch: BenchPosting[] = [];
    for (let i = start; i < Math.min(SIZE, start + BATCH); i++) batch.push(benchPosting(i, SIZE, SEED, vocabulary, sources, COMPANIES, now));
    for (const p of batch) for (const w of p.words) df[p.language].set(w, (df[p.language].get(w) ?? 0) + 1);
    await insertBatch(db, batch, companyIds, now);
    await syncJobSearch(db, batch.map((p) => p.id));
    if ((start / BATCH) % 20 === 0) say(`  seeded ${(start + batch.length).toLocaleString("en")} postings (${((performance.now() - started) / 1000).toFixed(0)} s)`);
  }
  say("  building the text-search index…");
  await db.$executeRawUnsafe(`CREATE INDEX "PostingSearch_document_idx" ON "PostingSearch" USING GIN ("document")`);
  // Vacuumed as well as analyzed: what autovacuum would have done to a board that grew this big (sets the visibility
  // map), and would otherwise do in the middle of the measurements.
  await db.$executeRawUnsafe(`VACUUM (ANALYZE)`);
  say(`seeded ${SIZE.toLocaleString("en")} postings in ${((performance.now() - started) / 1000).toFixed(0)} s`);

  // Words by the share of postings (of their language) that hold them.
  const byShare = (lang: Lang, low: number, high: number, n: number) =>
    [...df[lang].entries()].filter(([w, c]) => c / (SIZE / 2) >= low && c / (SIZE / 2) <= high && w.length >= 4).sort((a, b) => b[1] - a[1]).slice(0, n).map(([w]) => w);
  const chosen = {
    rare: { en: names.filter((_, i) => i % 2 === 0).slice(0, 8), ru: names.filter((_, i) => i % 2 === 1).slice(0, 8) },
    medium: { en: byShare("en", 0.01, 0.05, 8), ru: byShare("ru", 0.01, 0.05, 8) },
    common: { en: byShare("en", 0.25, 1, 6), ru: byShare("ru", 0.25, 1, 6) },
    skill: (await db.skill.findFirstOrThrow({ where: { requirements: { some: { role: { family: "COMMUNITY" } } } }, select: { slug: true } })).slug,
  };
  await db.appSetting.upsert({ where: { key: QUERIES_KEY }, create: { key: QUERIES_KEY, value: JSON.stringify(chosen) }, update: { value: JSON.stringify(chosen) } });
  return chosen;
}

async function insertBatch(db: Awaited<ReturnType<typeof loadLib>>["db"], batch: BenchPosting[], companyIds: string[], now: number): Promise<void> {
  const col = <T>(f: (p: BenchPosting) => T) => batch.map(f);
  const en = (p: BenchPosting, v: string) => (p.language === "en" ? v : "");
  const ru = (p: BenchPosting, v: string) => (p.language === "ru" ? v : "");
  const nowDate = new Date(now);
  await db.$executeRaw`
    INSERT INTO "JobPosting" ("id", "companyId", "status", "stepReached", "family", "roleId", "titleEn", "titleRu", "descriptionEn", "descriptionRu",
      "responsibilitiesEn", "responsibilitiesRu", "kpisEn", "kpisRu", "channelsEn", "channelsRu", "employmentType", "workMode", "country", "city",
      "salaryFrom", "salaryTo", "currency", "salaryHidden", "validDays", "submittedAt", "publishedAt", "expiresAt", "updatedAt")
    SELECT t.id, t.company, 'PUBLISHED', 5, t.family::"RoleFamily", t.role, t.title_en, t.title_ru, t.description_en, t.description_ru,
      '{}', '{}', '{}', '{}', '{}', '{}', 'FULL_TIME', t.work_mode::"WorkMode", t.country, t.city,
      t.salary_from, t.salary_to, t.currency::"Currency", t.salary_from IS NULL, 90, t.published, t.published, t.published + interval '90 days', ${nowDate}
    FROM unnest(${col((p) => p.id)}::text[], ${col((p) => companyIds[p.companyIndex]!)}::text[], ${col((p) => p.family)}::text[], ${col((p) => p.roleId)}::text[],
                ${col((p) => en(p, p.title))}::text[], ${col((p) => ru(p, p.title))}::text[], ${col((p) => en(p, p.description))}::text[], ${col((p) => ru(p, p.description))}::text[],
                ${col((p) => p.workMode)}::text[], ${col((p) => p.country)}::text[], ${col((p) => p.city)}::text[],
                ${col((p) => p.salary?.from ?? null)}::int[], ${col((p) => p.salary?.to ?? null)}::int[], ${col((p) => p.salary?.currency ?? null)}::text[],
                ${col((p) => p.publishedAt)}::timestamp[])
      AS t(id, company, family, role, title_en, title_ru, description_en, description_ru, work_mode, country, city, salary_from, salary_to, currency, published)`;
  const skills = batch.flatMap((p) => p.skills.map((s, position) => ({ postingId: p.id, ...s, position })));
  await db.postingSkill.createMany({ data: skills });
}

function classesOf(words: Awaited<ReturnType<typeof seed>>): QueryClass[] {
  const q = (list: string[], extra = "") => list.map((w) => `q=${encodeURIComponent(w)}${extra}`);
  return [
    { name: "rare en", lang: "en", queries: q(words.rare.en) },
    { name: "rare ru", lang: "ru", queries: q(words.rare.ru) },
    { name: "medium en", lang: "en", queries: q(words.medium.en) },
    { name: "medium ru", lang: "ru", queries: q(words.medium.ru) },
    { name: "common en", lang: "en", queries: q(words.common.en) },
    { name: "common ru", lang: "ru", queries: q(words.common.ru) },
    { name: "filters only", lang: "en", queries: ["family=smm&mode=remote", "country=kz", "salary=150000&currency=rub", `skill=${words.skill}`, "level=senior&posted=3", "family=community&level=lead&mode=hybrid", "page=10"] },
    { name: "words+filters en", lang: "en", queries: [...q(words.medium.en.slice(0, 3), "&family=community&mode=remote"), ...q(words.common.en.slice(0, 3), "&salary=2000&currency=usd")] },
    { name: "words+filters ru", lang: "ru", queries: [...q(words.medium.ru.slice(0, 3), "&family=community&mode=remote"), ...q(words.common.ru.slice(0, 3), "&salary=100000&currency=rub")] },
  ];
}

async function loadLib() {
  const { db, database } = await import("@/lib/db");
  const { migrate } = await import("@/lib/server/migrate");
  const { seedTaxonomy } = await import("@/lib/server/seed");
  const { searchJobs, searchIds, syncJobSearch } = await import("@/lib/server/job-search");
  const { findJobs, prepareSearch, runSearchStatement } = await import("@/lib/server/job-search/engine");
  const { parseJobSearch } = await import("@/lib/validations/job-search");
  const { Prisma } = await import("@/lib/generated/prisma/client");
  return { db, database, migrate, seedTaxonomy, searchJobs, searchIds, syncJobSearch, findJobs, prepareSearch, runSearchStatement, parseJobSearch, Prisma };
}

interface ModuleRow {
  name: string;
  p50: number;
  p95: number;
  pg50: number;
  pg95: number;
  /** p95 of the page's whole read: the search and its cards (searchJobs). */
  cards95: number;
  matches: string;
}

async function measureModule(lib: Awaited<ReturnType<typeof loadLib>>, classes: QueryClass[]): Promise<ModuleRow[]> {
  const rows: ModuleRow[] = [];
  for (const c of classes) {
    const own: number[] = [];
    const withCards: number[] = [];
    const pgTimes: number[] = [];
    const totals: string[] = [];
    for (const query of c.queries) await lib.searchJobs(lib.parseJobSearch(new URLSearchParams(query)), c.lang); // warm
    for (let i = 0; i < SAMPLES; i++) {
      const search = lib.parseJobSearch(new URLSearchParams(c.queries[i % c.queries.length]!));
      const ids = await lib.searchIds(search, undefined);
      const t0 = performance.now();
      const result = await lib.findJobs(search, ids);
      own.push(performance.now() - t0);
      if (i < c.queries.length) totals.push(`${result.exact ? "" : "~"}${result.total}`);
      const t1 = performance.now();
      await lib.searchJobs(search, c.lang);
      withCards.push(performance.now() - t1);
      // PostgreSQL's time for what the module ran: each statement in turn, as findJobs tries them.
      const prepared = await lib.prepareSearch(search, ids);
      let pgTime = 0;
      let found = 0;
      for (let statement: typeof prepared.first | null = prepared.first; statement; statement = prepared.next(found)) {
        const plan = await lib.runSearchStatement<{ "QUERY PLAN": unknown }>(statement, lib.Prisma.sql`EXPLAIN (ANALYZE, FORMAT JSON) ${statement.sql}`);
        const raw = plan[0]!["QUERY PLAN"];
        const parsed = (typeof raw === "string" ? JSON.parse(raw) : raw) as { "Execution Time": number; "Planning Time": number }[];
        pgTime += parsed[0]!["Execution Time"] + parsed[0]!["Planning Time"];
        found = (await lib.runSearchStatement<{ total: number }>(statement))[0]?.total ?? 0;
      }
      pgTimes.push(pgTime);
    }
    const a = sortNum(own);
    const b = sortNum(pgTimes);
    const counts = sortNum(totals.map((t) => Number(t.replace("~", ""))));
    rows.push({ name: c.name, p50: percentile(a, 50), p95: percentile(a, 95), pg50: percentile(b, 50), pg95: percentile(b, 95), cards95: percentile(sortNum(withCards), 95), matches: `${totals.some((t) => t.startsWith("~")) ? "~" : ""}${percentile(counts, 50)}` });
  }
  return rows;
}

async function http(url: string | string[], connections: number, seconds: number): Promise<{ rps: number; p50: number; p95: number; errors: number }> {
  const times: number[] = [];
  const paths = Array.isArray(url) ? url : [url];
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      { url: BASE, connections, duration: seconds, requests: paths.map((p) => ({ method: "GET", path: p })), headers: { "accept-language": "en" } },
      (error, done) => (error ? reject(error) : resolve(done)),
    );
    instance.on("response", (_c, _s, _b, time) => times.push(time));
  });
  const sorted = sortNum(times);
  return { rps: result.requests.total / seconds, p50: percentile(sorted, 50), p95: percentile(sorted, 95), errors: result.errors + result.timeouts + result.non2xx };
}

function rssOf(pgid: number): number {
  try {
    const out = execSync(`ps -o rss=,args= -g ${pgid}`, { encoding: "utf8" });
    return Math.max(0, ...out.split("\n").filter((l) => l.includes("serve.cjs")).map((l) => Number(l.trim().split(/\s+/)[0]) / 1024));
  } catch {
    return 0;
  }
}

async function main(): Promise<void> {
  const { env } = await prepareDatabase();
  Object.assign(process.env, env, { LOG_LEVEL: "warn" });
  const lib = await loadLib();
  await lib.migrate();
  await lib.seedTaxonomy();
  const words = await seed(lib);
  const classes = classesOf(words);
  const where = SERVER_URL ? "PostgreSQL" : "embedded PGlite";
  say(`\n${SIZE.toLocaleString("en")} postings, ${where}, ${os.cpus().length} cores, ${SAMPLES} searches per class\n`);
  say("The search module (findJobs) in process, one query at a time (ms); PostgreSQL's own time for the same statements (EXPLAIN ANALYZE,");
  say("planning + execution); and the page's whole read, the search with its cards (searchJobs)");
  say(`${"class".padEnd(18)}${"matches".padStart(10)}${"p50".padStart(8)}${"p95".padStart(8)}${"pg p50".padStart(9)}${"pg p95".padStart(9)}${"p95 ÷ pg".padStart(10)}${"+cards p95".padStart(12)}`);
  const moduleRows = await measureModule(lib, classes);
  for (const r of moduleRows) {
    say(`${r.name.padEnd(18)}${r.matches.padStart(10)}${ms(r.p50).padStart(8)}${ms(r.p95).padStart(8)}${ms(r.pg50).padStart(9)}${ms(r.pg95).padStart(9)}${(r.p95 / r.pg95).toFixed(1).padStart(10)}${ms(r.cards95).padStart(12)}`);
  }
  const p95 = (lang: Lang) => Math.max(...moduleRows.filter((r) => r.name.endsWith(lang)).map((r) => r.p95));
  say(`Russian ÷ English (worst p95 of each): ${(p95("ru") / p95("en")).toFixed(2)}`);
  await lib.database().close();
  // The embedded database's folder is the server's next: this process lets go of it.
  if (!SERVER_URL) (await import("@/lib/server/data-dir")).releaseDataDirLock();
  if (values["no-http"]) return;

  if (!fs.existsSync(path.join(ROOT, ".next", "BUILD_ID")) || !fs.existsSync(path.join(ROOT, "dist", "serve.cjs"))) {
    say("building (npm run build)…");
    execFileSync("npm", ["run", "build"], { cwd: ROOT, stdio: ["ignore", "ignore", "inherit"] });
  }
  const logDir = fs.mkdtempSync(path.join(os.tmpdir(), "rolemap-bench-log-"));
  const server = startServer({ env: cleanEnv({ ...env, PORT: values.port!, LOG_LEVEL: "warn", DEMO_DATA: "off", AUTH_SECRET: randomBytes(32).toString("hex") }), logFile: path.join(logDir, "server.log") });
  let maxRss = 0;
  const sampler = setInterval(() => (maxRss = Math.max(maxRss, rssOf(server.process.pid!))), 500);
  try {
    await waitForHealth(server, BASE);
    const urls = (c: QueryClass) => c.queries.map((q) => `/jobs?${q}`);
    for (const c of classes) await http(urls(c), 2, 1); // warm
    say(`\nThe /jobs page over HTTP, production server, 4 concurrent, ${SECONDS} s per class (ms)`);
    say(`${"class".padEnd(18)}${"p50".padStart(8)}${"p95".padStart(8)}${"req/s".padStart(8)}${"errors".padStart(8)}`);
    for (const c of classes) {
      const r = await http(urls(c), 4, SECONDS);
      say(`${c.name.padEnd(18)}${r.p50.toFixed(0).padStart(8)}${r.p95.toFixed(0).padStart(8)}${r.rps.toFixed(0).padStart(8)}${String(r.errors).padStart(8)}`);
    }
    const mixed = await http(classes.flatMap(urls), 32, SECONDS);
    const health = await http("/api/health", 32, SECONDS);
    say(`\n32 concurrent, ${SECONDS} s each: /jobs (every class, mixed) ${mixed.rps.toFixed(0)} req/s (p95 ${mixed.p95.toFixed(0)} ms, ${mixed.errors} errors); /api/health ${health.rps.toFixed(0)} req/s; ratio ${(mixed.rps / health.rps).toFixed(2)}`);
    say(`server memory (largest resident set during the run): ${maxRss.toFixed(0)} MB`);
  } finally {
    clearInterval(sampler);
    await server.stop();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
