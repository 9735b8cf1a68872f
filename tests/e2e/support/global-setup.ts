// Starts the production server for one e2e run and stops it afterwards.
//
// - Embedded database (default): DATA_DIR is a fresh temporary folder; the
//   server makes the demo accounts in it (DEMO_DATA=on).
// - PostgreSQL (TEST_DATABASE_URL = a server URL): a fresh database
//   `rolemap_e2e_<random>` is made on that server, its first admin is created
//   with `npm run admin:create` (PostgreSQL gets no demo accounts), and the
//   database is dropped when the run ends.
//
// The server's stdout and stderr go to SERVER_LOG, where the specs find the
// password-reset e-mails (no SMTP in tests: the mailer prints them).
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { AUTH_SECRET, BASE_URL, OUTPUT_DIR, PORT, ROOT, RUN_ENV, SERVER_LOG } from "./run";
import { createDatabase, databaseUrl, dropDatabase } from "./pg";

const HEALTH_TIMEOUT_MS = 120_000;
const NPM = process.platform === "win32" ? "npm.cmd" : "npm";

/** Environment the server must not inherit from the shell running the tests. */
const SCRUBBED = ["DATABASE_URL", "DATA_DIR", "AUTH_SECRET", "NEXTAUTH_URL", "SMTP_URL", "TRUST_PROXY", "PORT", "DEMO_DATA"];

function baseEnv(): NodeJS.ProcessEnv {
  const env = { ...process.env };
  for (const key of SCRUBBED) delete env[key];
  return { ...env, NEXT_TELEMETRY_DISABLED: "1" };
}

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

function logTail(lines = 40): string {
  try {
    return fs.readFileSync(SERVER_LOG, "utf8").trimEnd().split("\n").slice(-lines).join("\n");
  } catch {
    return "(no server output)";
  }
}

async function waitForHealth(server: ChildProcess): Promise<void> {
  const deadline = Date.now() + HEALTH_TIMEOUT_MS;
  let exited: number | null | undefined;
  server.once("exit", (code) => (exited = code));
  while (Date.now() < deadline) {
    if (exited !== undefined) {
      throw new Error(`The server exited (code ${exited}) before it was ready. Its last output:\n${logTail()}`);
    }
    try {
      const response = await fetch(`${BASE_URL}/api/health`, { signal: AbortSignal.timeout(5_000) });
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`The server did not answer ${BASE_URL}/api/health within ${HEALTH_TIMEOUT_MS / 1000} s. Its last output:\n${logTail()}`);
}

/** Stops the server's whole process group (npm → tsx → node), politely first. */
async function stopServer(server: ChildProcess): Promise<void> {
  if (server.pid === undefined || server.exitCode !== null || server.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => server.once("exit", () => resolve()));
  const signalGroup = (signal: NodeJS.Signals) => {
    try {
      process.kill(-server.pid!, signal);
    } catch {
      // already gone
    }
  };
  signalGroup("SIGTERM");
  const timeout = new Promise<"timeout">((resolve) => setTimeout(() => resolve("timeout"), 10_000).unref());
  if ((await Promise.race([exited, timeout])) === "timeout") signalGroup("SIGKILL");
  // The npm process may exit before its children: make sure the group is gone.
  signalGroup("SIGKILL");
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
  const runId = `${Date.now().toString(36)}${randomBytes(3).toString("hex")}`;
  const env: NodeJS.ProcessEnv = {
    ...baseEnv(),
    PORT: String(PORT),
    NODE_ENV: "production",
    AUTH_SECRET,
    NEXTAUTH_URL: BASE_URL,
    DEMO_DATA: "on",
    // Every browser comes from 127.0.0.1: the per-address limit must not trip during the suite.
    SIGNIN_MAX_PER_ADDRESS: "100000",
    LOG_LEVEL: "info",
  };

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

  let server: ChildProcess | null = null;
  const killOnExit = () => {
    if (server?.pid !== undefined && server.exitCode === null) {
      try {
        process.kill(-server.pid, "SIGKILL");
      } catch {
        // already gone
      }
    }
  };
  const teardown = async () => {
    process.off("exit", killOnExit);
    if (server) await stopServer(server);
    if (database) await dropDatabase(database.server, database.name);
    if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
  };

  try {
    let admin = { email: "admin@example.com", password: "Rolemap-admin-2026" };
    if (database) {
      admin = { email: `e2e-admin-${runId}@example.org`, password: `Admin-${randomBytes(6).toString("hex")}-7q` };
      createAdmin(env, admin.email, admin.password);
    }

    fs.mkdirSync(OUTPUT_DIR, { recursive: true });
    const log = fs.openSync(SERVER_LOG, "w");
    server = spawn(NPM, ["run", "serve"], { cwd: ROOT, env, detached: true, stdio: ["ignore", log, log] });
    fs.closeSync(log);
    process.on("exit", killOnExit);
    await waitForHealth(server);

    process.env[RUN_ENV.mode] = database ? "postgres" : "embedded";
    process.env[RUN_ENV.adminEmail] = admin.email;
    process.env[RUN_ENV.adminPassword] = admin.password;
    process.stdout.write(
      `e2e: server ready at ${BASE_URL} (${database ? `PostgreSQL database ${database.name}` : `embedded database in ${dataDir}`}); log: ${path.relative(ROOT, SERVER_LOG)}\n`,
    );
  } catch (error) {
    await teardown();
    throw error;
  }
  return teardown;
}
