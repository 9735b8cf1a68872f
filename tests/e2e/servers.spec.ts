// Start-up and the server itself, with servers of their own (the build of this
// run, other data folders and ports): the data-folder lock between two real
// servers, a missing secret, plain `next start`, https, and PostgreSQL going away.
import { spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { expect, test } from "./support/fixtures";
import { createDatabase, databaseUrl, dropDatabase } from "./support/pg";
import { AUTH_SECRET, OUTPUT_DIR, ROOT } from "./support/run";
import { cleanEnv, startServer, waitForHealth, type Server } from "./support/servers";

test.describe.configure({ mode: "serial" });
test.setTimeout(180_000);

const started: Server[] = [];
const folders: string[] = [];
test.afterEach(async () => {
  for (const server of started.splice(0)) await server.stop();
  for (const dir of folders.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

function dataFolder(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "rolemap-e2e-srv-"));
  folders.push(dir);
  return dir;
}

function launch(name: string, port: number, env: Record<string, string>, command: "serve" | "next-start" = "serve"): Server {
  const server = startServer({
    env: cleanEnv({ PORT: String(port), AUTH_SECRET, LOG_LEVEL: "info", ...env }),
    logFile: path.join(OUTPUT_DIR, `server-${name}.log`),
    command,
  });
  started.push(server);
  return server;
}

const url = (port: number) => `http://127.0.0.1:${port}`;

/** An npm script of the app, run to its end; its output (or an error with it). */
function run(args: string[], env: Record<string, string>): string {
  const result = spawnSync(process.platform === "win32" ? "npm.cmd" : "npm", args, {
    cwd: ROOT,
    env: cleanEnv({ AUTH_SECRET, ...env }),
    encoding: "utf8",
  });
  if (result.status !== 0) throw new Error(`npm ${args.join(" ")} failed:\n${result.stdout}\n${result.stderr}`);
  return result.stdout;
}

/** True when the process no longer runs (gone, or a zombie nobody has reaped yet). */
function processGone(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch {
    return true;
  }
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, "utf8");
    return stat.slice(stat.lastIndexOf(")") + 2).startsWith("Z");
  } catch {
    return true;
  }
}

/** A failed sign-in posted straight to next-auth, with extra headers; returns the status. */
async function failSignIn(base: string, headers: Record<string, string>): Promise<number> {
  const csrf = await fetch(`${base}/api/auth/csrf`);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const cookie = csrf.headers.getSetCookie().map((c) => c.split(";")[0]).join("; ");
  const response = await fetch(`${base}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "Content-Type": "application/x-www-form-urlencoded", Cookie: cookie, ...headers },
    body: new URLSearchParams({ csrfToken, email: `nobody-${Date.now()}@example.org`, password: "Not-the-password-1", json: "true" }),
  });
  return response.status;
}

test("plain `next start` (without the app's server) ignores a client-address header a client sends", async () => {
  const server = launch("next-start", 3221, { DATA_DIR: dataFolder(), DEMO_DATA: "off" }, "next-start");
  await waitForHealth(server, url(3221));
  const requestId = `forged-${randomBytes(4).toString("hex")}`;
  expect(await failSignIn(url(3221), { "X-Rolemap-Client-Address": "198.51.100.9", "X-Request-Id": requestId })).toBe(401);
  await expect.poll(() => server.events("signin.failed").filter((e) => e.requestId === requestId).length).toBe(1);
  const [line] = server.events("signin.failed").filter((e) => e.requestId === requestId);
  // No trusted server set it: the address is unknown, not the one the client picked.
  expect(line!.address).toBeNull();
});

test("two servers racing for one data folder: one serves, the other stops naming the holder; a dead holder's lock is taken over", async () => {
  const folder = dataFolder();
  const a = launch("race-a", 3222, { DATA_DIR: folder });
  const b = launch("race-b", 3223, { DATA_DIR: folder });
  const ready = await Promise.allSettled([waitForHealth(a, url(3222)), waitForHealth(b, url(3223))]);
  expect(ready.map((r) => r.status).sort()).toEqual(["fulfilled", "rejected"]);
  const [winner, loser, winnerPort] = ready[0]!.status === "fulfilled" ? [a, b, 3222] : [b, a, 3223];
  expect(await loser.exited).not.toBe(0);
  const holderPid = JSON.parse(fs.readFileSync(path.join(folder, "rolemap.lock"), "utf8")).pid as number;
  expect(loser.output()).toContain(`is in use by process ${holderPid}`);
  expect((await fetch(`${url(winnerPort)}/api/health`)).status).toBe(200);

  // The holder dies without cleaning up (SIGKILL): its lock stays behind, naming a dead process.
  process.kill(-winner.process.pid!, "SIGKILL");
  await winner.exited;
  await expect.poll(() => processGone(holderPid), { message: `process ${holderPid} to be gone` }).toBe(true);
  expect(fs.existsSync(path.join(folder, "rolemap.lock"))).toBe(true);
  const next = launch("race-next", 3224, { DATA_DIR: folder });
  await waitForHealth(next, url(3224));
  expect(JSON.parse(fs.readFileSync(path.join(folder, "rolemap.lock"), "utf8")).pid).not.toBe(holderPid);
});

test("with DATABASE_URL, a missing AUTH_SECRET stops the start with a clear message", async () => {
  const server = startServer({
    env: cleanEnv({ PORT: "3225", DATABASE_URL: "postgresql://nobody@127.0.0.1:1/none" }),
    logFile: path.join(OUTPUT_DIR, "server-no-secret.log"),
  });
  started.push(server);
  expect(await server.exited).not.toBe(0);
  expect(server.output()).toContain("AUTH_SECRET is not set");
});

test("behind an https address: Secure session cookies and HSTS; by default it listens on 127.0.0.1 only", async () => {
  const folder = dataFolder();
  const server = launch("https", 3226, { DATA_DIR: folder, NEXTAUTH_URL: "https://rolemap.test" });
  await waitForHealth(server, url(3226));
  expect((await fetch(`${url(3226)}/`)).headers.get("strict-transport-security")).toMatch(/^max-age=\d{7,}/);

  const admin = (JSON.parse(fs.readFileSync(path.join(folder, "demo-accounts.json"), "utf8")) as { role: string; email: string; password: string }[])
    .find((a) => a.role === "ADMIN")!;
  const csrf = await fetch(`${url(3226)}/api/auth/csrf`);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const response = await fetch(`${url(3226)}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: {
      "Content-Type": "application/x-www-form-urlencoded",
      Cookie: csrf.headers.getSetCookie().map((c) => c.split(";")[0]).join("; "),
    },
    body: new URLSearchParams({ csrfToken, email: admin.email, password: admin.password, json: "true" }),
  });
  expect(response.status).toBe(200);
  const session = response.headers.getSetCookie().find((c) => c.startsWith("__Secure-next-auth.session-token="));
  expect(session, "a __Secure- session cookie").toBeDefined();
  expect(session).toMatch(/;\s*Secure/i);
  expect(session).toMatch(/;\s*HttpOnly/i);
  expect(session).toMatch(/;\s*SameSite=Lax/i);

  expect(server.events("server.listening")[0]).toMatchObject({ host: "127.0.0.1", port: 3226 });
  const outside = Object.values(os.networkInterfaces())
    .flat()
    .find((i) => i && i.family === "IPv4" && !i.internal);
  test.skip(!outside, "no non-loopback interface on this machine to try");
  const reached = await new Promise<boolean>((resolve) => {
    const socket = net.connect({ host: outside!.address, port: 3226 });
    socket.once("connect", () => (socket.destroy(), resolve(true)));
    socket.once("error", () => resolve(false));
  });
  expect(reached, `port 3226 reachable on ${outside!.address}`).toBe(false);
});

test.describe("on PostgreSQL", () => {
  const serverUrl = process.env.TEST_DATABASE_URL;
  test.skip(!serverUrl, "runs in the PostgreSQL e2e run (TEST_DATABASE_URL)");

  /** A TCP relay to PostgreSQL that the test can cut and restore, as a network or a database restart would. */
  function relay(port: number, target: URL) {
    const sockets = new Set<net.Socket>();
    let server: net.Server | null = null;
    const open = () =>
      new Promise<void>((resolve) => {
        server = net.createServer((client) => {
          const upstream = net.connect({ host: target.hostname, port: Number(target.port || 5432) });
          for (const s of [client, upstream]) {
            sockets.add(s);
            s.on("error", () => undefined);
            s.on("close", () => sockets.delete(s));
          }
          client.pipe(upstream).pipe(client);
        });
        server.listen(port, "127.0.0.1", () => resolve());
      });
    const cut = () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy();
        server?.close(() => resolve());
      });
    return { open, cut };
  }

  test("/api/health answers 503 while the database is unreachable, and the app recovers by itself", async () => {
    const name = `rolemap_e2e_down_${randomBytes(4).toString("hex")}`;
    await createDatabase(serverUrl!, name);
    const target = new URL(databaseUrl(serverUrl!, name));
    const link = relay(3227, target);
    await link.open();
    const viaRelay = new URL(target);
    viaRelay.hostname = "127.0.0.1";
    viaRelay.port = "3227";
    try {
      const server = launch("pg-down", 3228, { DATABASE_URL: viaRelay.toString() });
      await waitForHealth(server, url(3228));
      await link.cut();
      await expect.poll(async () => (await fetch(`${url(3228)}/api/health`)).status, { timeout: 30_000 }).toBe(503);
      expect(await (await fetch(`${url(3228)}/api/health`)).json()).toEqual({ status: "error" });
      await link.open();
      await expect.poll(async () => (await fetch(`${url(3228)}/api/health`)).status, { timeout: 30_000 }).toBe(200);
      expect((await fetch(`${url(3228)}/roles`)).status).toBe(200);
      expect(server.process.exitCode).toBeNull();
    } finally {
      await link.cut();
      for (const server of started.splice(0)) await server.stop();
      await dropDatabase(serverUrl!, name);
    }
  });

  test("connections the database ends are logged as one line each, and the next request works", async () => {
    const name = `rolemap_e2e_kill_${randomBytes(4).toString("hex")}`;
    await createDatabase(serverUrl!, name);
    try {
      const server = launch("pg-kill", 3229, { DATABASE_URL: databaseUrl(serverUrl!, name) });
      await waitForHealth(server, url(3229));
      expect((await fetch(`${url(3229)}/roles`)).status).toBe(200);
      const admin = new pg.Client({ connectionString: serverUrl });
      await admin.connect();
      const { rowCount } = await admin.query("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1", [name]);
      await admin.end();
      expect(rowCount).toBeGreaterThan(0);
      await expect.poll(() => server.events("db.connection_lost").length, { timeout: 10_000 }).toBeGreaterThan(0);
      await expect.poll(async () => (await fetch(`${url(3229)}/api/health`)).status, { timeout: 30_000 }).toBe(200);
      expect((await fetch(`${url(3229)}/roles`)).status).toBe(200);
      expect(server.process.exitCode).toBeNull();
      expect(server.output()).not.toMatch(/uncaught|unhandled/i);
    } finally {
      for (const server of started.splice(0)) await server.stop();
      await dropDatabase(serverUrl!, name);
    }
  });

  test("reset links stay out of the production log; the operator's command makes one that works", async ({ page }) => {
    const name = `rolemap_e2e_mail_${randomBytes(4).toString("hex")}`;
    await createDatabase(serverUrl!, name);
    const env = { DATABASE_URL: databaseUrl(serverUrl!, name), NEXTAUTH_URL: url(3230) };
    try {
      const user = { email: `owner-${randomBytes(3).toString("hex")}@example.org`, password: `Owner-${randomBytes(4).toString("hex")}-7q` };
      run(["run", "--silent", "admin:create", "--", "--email", user.email, "--name", "Owner"], { ...env, ADMIN_PASSWORD: user.password });
      const server = launch("pg-mail", 3230, env);
      await waitForHealth(server, url(3230));

      await page.goto(`${url(3230)}/forgot-password`);
      await page.getByLabel("E-mail", { exact: true }).fill(user.email);
      await page.getByRole("button", { name: "Send the link", exact: true }).click();
      await expect(page.getByRole("status")).toContainText("If an account with this e-mail exists");
      await expect.poll(() => server.events("mail.not_sent").length).toBe(1);
      expect(server.events("mail.outbox")).toEqual([]);
      expect(server.output()).not.toContain("reset-password?token=");

      // The link is the command's last line (an audit line of the log comes before it).
      const link = run(["run", "--silent", "admin:reset-link", "--", "--email", user.email], env).trim().split("\n").at(-1)!;
      expect(link).toMatch(new RegExp(`^${url(3230)}/reset-password\\?token=[A-Za-z0-9_-]{43}$`));
      await page.goto(link);
      await page.getByLabel("New password", { exact: true }).fill("Operator-given-2027");
      await page.getByRole("button", { name: "Save the new password", exact: true }).click();
      await expect(page.getByRole("status")).toContainText("Your password has been changed.");
    } finally {
      for (const server of started.splice(0)) await server.stop();
      await dropDatabase(serverUrl!, name);
    }
  });
});
