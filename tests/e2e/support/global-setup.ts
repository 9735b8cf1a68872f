// Starts the production server for one e2e run and stops it afterwards.
//
// - Embedded database (default): DATA_DIR is a fresh temporary folder; the
//   server makes the demo accounts in it (DEMO_DATA=on) and keeps their
//   generated passwords in DATA_DIR/demo-accounts.json, which the specs read.
// - PostgreSQL (TEST_DATABASE_URL = a server URL): a fresh database
//   `rolemap_e2e_<random>` is made on that server, its first admin is created
//   with `npm run admin:create` (PostgreSQL gets no demo accounts), and the
//   database is dropped when the run ends. REQUIRE_POSTGRES=1 (CI) makes a
//   missing TEST_DATABASE_URL an error instead of an embedded run.
//
// The server's stdout and stderr go to SERVER_LOG, where the specs find the
// password-reset e-mails (no SMTP in tests: the mailer prints them).
import { spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { AUTH_SECRET, BASE_URL, OUTPUT_DIR, PORT, ROOT, RUN_ENV, SERVER_LOG } from "./run";
import { createDatabase, databaseUrl, dropDatabase } from "./pg";
import { cleanEnv, startServer, waitForHealth, type Server } from "./servers";

interface DemoAccount {
  role: string;
  email: string;
  password: string;
}

const NPM = process.platform === "win32" ? "npm.cmd" : "npm";

function portInUse(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ host: "127.0.0.1", port });
    socket.once("connect", () => {
      socket.destroy();
      resolve(true);
    });
    socket.once("error", () => resolve(false));
  });
}

/** The demo postings on PostgreSQL (the embedded database makes its own at first start), so the job board's specs read the same board on both. */
function seedPostings(env: NodeJS.ProcessEnv): void {
  const result = spawnSync(path.join(ROOT, "node_modules", ".bin", "tsx"), ["--require", "./scripts/server-only-shim.cjs", "tests/e2e/support/seed-postings.ts"], {
    cwd: ROOT,
    env,
    encoding: "utf8",
  });
  if (result.status !== 0) throw new Error(`seeding the demo postings failed (exit ${result.status}):\n${result.stdout}\n${result.stderr}`);
}

function createAdmin(env: NodeJS.ProcessEnv, email: string, password: string): void {
  const result = spawnSync(NPM, ["run", "--silent", "admin:create", "--", "--email", email, "--name", "E2E Admin"], {
    cwd: ROOT,
    env: { ...env, ADMIN_PASSWORD: password },
    encoding: "utf8",
  });
  if (result.status !== 0) {
    throw new Error(`npm run admin:create failed (exit ${result.status}):\n${result.stdout}\n${result.stderr}`);
  }
}

export default async function globalSetup(): Promise<() => Promise<void>> {
  if (await portInUse(PORT)) {
    throw new Error(`Port ${PORT} is already in use: stop what runs there, or set E2E_PORT to a free port.`);
  }
  const serverUrl = process.env.TEST_DATABASE_URL;
  if (!serverUrl && ["1", "true", "yes"].includes(process.env.REQUIRE_POSTGRES ?? "")) {
    throw new Error("REQUIRE_POSTGRES is set but TEST_DATABASE_URL is not: this run must not fall back to the embedded database.");
  }
  const runId = `${Date.now().toString(36)}${randomBytes(3).toString("hex")}`;
  const env = cleanEnv({
    PORT: String(PORT),
    AUTH_SECRET,
    NEXTAUTH_URL: BASE_URL,
    DEMO_DATA: "on",
    // Every browser comes from 127.0.0.1: the per-address limits must not trip during the suite.
    ADDRESS_LIMIT_FACTOR: "1000",
    // The specs read password-reset links from the server's log, on PostgreSQL too.
    MAIL_TO_LOG: "on",
    LOG_LEVEL: "info",
  });

  let dataDir: string | null = null;
  let database: { server: string; name: string } | null = null;
  if (serverUrl) {
    database = { server: serverUrl, name: `rolemap_e2e_${runId}` };
    await createDatabase(serverUrl, database.name);
    env.DATABASE_URL = databaseUrl(serverUrl, database.name);
  } else {
    dataDir = path.join(os.tmpdir(), `rolemap-e2e-${runId}`);
    fs.rmSync(dataDir, { recursive: true, force: true });
    fs.mkdirSync(dataDir, { recursive: true });
    env.DATA_DIR = dataDir;
  }

  let server: Server | null = null;
  const killOnExit = () => {
    if (server?.process.pid !== undefined && server.process.exitCode === null) {
      try {
        process.kill(-server.process.pid, "SIGKILL");
      } catch {
        // already gone
      }
    }
  };
  const teardown = async () => {
    process.off("exit", killOnExit);
    if (server) await server.stop();
    if (database) await dropDatabase(database.server, database.name);
    if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
  };

  try {
    let admin: { email: string; password: string } | null = null;
    let employer: { email: string; password: string } | null = null;
    if (database) {
      admin = { email: `e2e-admin-${runId}@example.org`, password: `Admin-${randomBytes(6).toString("hex")}-7q` };
      employer = { email: `e2e-employer-${runId}@example.org`, password: `Employer-${randomBytes(6).toString("hex")}-7q` };
      createAdmin(env, admin.email, admin.password);
      seedPostings({ ...env, E2E_EMPLOYER_EMAIL: employer.email, E2E_EMPLOYER_PASSWORD: employer.password });
    }

    fs.mkdirSync(OUTPUT_DIR, { recursive: true });
    server = startServer({ env, logFile: SERVER_LOG });
    process.on("exit", killOnExit);
    await waitForHealth(server, BASE_URL);

    // On the embedded database the server generated the demo accounts' passwords into the data folder.
    const demo = dataDir ? (JSON.parse(fs.readFileSync(path.join(dataDir, "demo-accounts.json"), "utf8")) as DemoAccount[]) : [];
    admin ??= demo.find((a) => a.role === "ADMIN")!;
    employer ??= demo.find((a) => a.role === "EMPLOYER")!;
    process.env[RUN_ENV.demoAccounts] = JSON.stringify(demo);
    process.env[RUN_ENV.mode] = database ? "postgres" : "embedded";
    process.env[RUN_ENV.adminEmail] = admin.email;
    process.env[RUN_ENV.adminPassword] = admin.password;
    process.env[RUN_ENV.employerEmail] = employer.email;
    process.env[RUN_ENV.employerPassword] = employer.password;
    process.stdout.write(
      `e2e: server ready at ${BASE_URL} (${database ? `PostgreSQL database ${database.name}` : `embedded database in ${dataDir}`}); log: ${path.relative(ROOT, SERVER_LOG)}\n`,
    );
  } catch (error) {
    await teardown();
    throw error;
  }
  return teardown;
}
