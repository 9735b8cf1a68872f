// `npm run bench:pages`: starts the production server (`npm run serve`, on a
// fresh embedded database, or on DATABASE_URL's when it is set) and prints,
// in one run, requests per second and p50/p95 latency at 16 concurrent
// connections for `/`, `/roles`, a role page and `/api/health`.
// Builds first when there is no build (or with --build).
// Options: --seconds N (per page, default 10), --connections N (default 16),
//          --port N (default 3590).
import { execFileSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import autocannon from "autocannon";
import { cleanEnv, startServer, waitForHealth } from "../../tests/e2e/support/servers";

const ROOT = path.resolve(__dirname, "..", "..");
const { values } = parseArgs({
  options: {
    seconds: { type: "string", default: "10" },
    connections: { type: "string", default: "16" },
    port: { type: "string", default: "3590" },
    build: { type: "boolean", default: false },
  },
});
const SECONDS = Number(values.seconds);
const CONNECTIONS = Number(values.connections);
const BASE = `http://127.0.0.1:${values.port}`;
const PAGES = ["/", "/roles", "/roles/community-manager-middle", "/api/health"];

interface Figures {
  path: string;
  rps: number;
  p50: number;
  p95: number;
  bytes: number;
  errors: number;
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;

async function measure(pagePath: string, seconds: number): Promise<Figures> {
  const times: number[] = [];
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const options = { url: `${BASE}${pagePath}`, connections: CONNECTIONS, duration: seconds, headers: { "accept-language": "en" } };
    const instance = autocannon(options, (error, done) => (error ? reject(error) : resolve(done)));
    instance.on("response", (_client, _status, _bytes, time) => times.push(time));
  });
  times.sort((a, b) => a - b);
  return {
    path: pagePath,
    rps: result.requests.total / seconds,
    p50: percentile(times, 50),
    p95: percentile(times, 95),
    bytes: result.requests.total ? result.throughput.total / result.requests.total : 0,
    errors: result.errors + result.timeouts + result.non2xx,
  };
}

async function main(): Promise<void> {
  if (values.build || !fs.existsSync(path.join(ROOT, ".next", "BUILD_ID")) || !fs.existsSync(path.join(ROOT, "dist", "serve.cjs"))) {
    process.stdout.write("building (npm run build)…\n");
    execFileSync("npm", ["run", "build"], { cwd: ROOT, stdio: ["ignore", "ignore", "inherit"] });
  }
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "rolemap-bench-"));
  const env = cleanEnv({
    PORT: values.port!,
    LOG_LEVEL: "warn",
    AUTH_SECRET: randomBytes(32).toString("hex"),
    ...(process.env.DATABASE_URL ? { DATABASE_URL: process.env.DATABASE_URL } : { DATA_DIR: dataDir }),
  });
  const server = startServer({ env, logFile: path.join(dataDir, "server.log") });
  try {
    await waitForHealth(server, BASE);
    // Warm every page first (compilation caches, the taxonomy cache, the JIT), then measure each in turn.
    for (const page of PAGES) await measure(page, 2);
    const rows: Figures[] = [];
    for (const page of PAGES) rows.push(await measure(page, SECONDS));
    const health = rows.find((r) => r.path === "/api/health")!;
    const db = process.env.DATABASE_URL ? "PostgreSQL" : "embedded PGlite";
    process.stdout.write(`\n${CONNECTIONS} concurrent, ${SECONDS} s per page, ${db}, ${os.cpus().length} cores\n\n`);
    process.stdout.write(`${"page".padEnd(34)}${"req/s".padStart(9)}${"p50 ms".padStart(9)}${"p95 ms".padStart(9)}${"KB".padStart(8)}${"errors".padStart(8)}${"vs health".padStart(11)}\n`);
    for (const r of rows) {
      const share = `${Math.round((r.rps / health.rps) * 100)}%`;
      process.stdout.write(
        `${r.path.padEnd(34)}${r.rps.toFixed(0).padStart(9)}${r.p50.toFixed(0).padStart(9)}${r.p95.toFixed(0).padStart(9)}${(r.bytes / 1024).toFixed(0).padStart(8)}${String(r.errors).padStart(8)}${share.padStart(11)}\n`,
      );
    }
  } finally {
    await server.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
