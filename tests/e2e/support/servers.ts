// Starting and stopping app servers for the e2e run: the run's own server
// (global-setup.ts) and the extra ones that servers.spec.ts starts to test
// start-up itself (data-folder races, a missing secret, plain `next start`).
import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { ROOT } from "./run";

const NPM = process.platform === "win32" ? "npm.cmd" : "npm";

/** Environment a server must not inherit from the shell running the tests. */
const SCRUBBED = [
  "DATABASE_URL",
  "DATA_DIR",
  "AUTH_SECRET",
  "NEXTAUTH_URL",
  "SMTP_URL",
  "TRUST_PROXY",
  "PORT",
  "HOST",
  "DEMO_DATA",
  "MAIL_TO_LOG",
  "ADDRESS_LIMIT_FACTOR",
];

export function cleanEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1" };
  for (const key of SCRUBBED) delete env[key];
  return Object.assign(env, extra);
}

export interface Server {
  process: ChildProcess;
  /** Resolves with the exit code when the process group's leader exits. */
  exited: Promise<number | null>;
  logFile: string;
  output(): string;
  /** The JSON log lines with this event name, oldest first. */
  events(event: string): Record<string, unknown>[];
  stop(): Promise<void>;
}

/**
 * Starts a server in its own process group, its output going to `logFile`.
 * "serve" is `npm run serve` (the production server); "next-start" is plain
 * `next start`, without the app's own server in front.
 */
export function startServer(options: { env: NodeJS.ProcessEnv; logFile: string; command?: "serve" | "next-start" }): Server {
  fs.mkdirSync(path.dirname(options.logFile), { recursive: true });
  const log = fs.openSync(options.logFile, "w");
  const args =
    options.command === "next-start"
      ? [path.join(ROOT, "node_modules", ".bin", "next"), ["start", "-H", "127.0.0.1", "-p", String(options.env.PORT)]]
      : [NPM, ["run", "serve"]];
  const child = spawn(args[0] as string, args[1] as string[], {
    cwd: ROOT,
    env: options.env,
    detached: true,
    stdio: ["ignore", log, log],
  });
  fs.closeSync(log);
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  const output = () => (fs.existsSync(options.logFile) ? fs.readFileSync(options.logFile, "utf8") : "");
  return {
    process: child,
    exited,
    logFile: options.logFile,
    output,
    events: (event) => logEvents(output(), event),
    stop: () => stopProcessGroup(child),
  };
}

export function logEvents(text: string, event: string): Record<string, unknown>[] {
  const events: Record<string, unknown>[] = [];
  for (const line of text.split("\n")) {
    if (!line.startsWith("{") || !line.includes(`"${event}"`)) continue;
    try {
      const entry = JSON.parse(line) as Record<string, unknown>;
      if (entry.event === event) events.push(entry);
    } catch {
      // a line that only looks like JSON
    }
  }
  return events;
}

/** Waits until GET /api/health answers 200, or throws with the server's last output. */
export async function waitForHealth(server: Server, baseUrl: string, timeoutMs = 120_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let code: number | null | undefined;
  void server.exited.then((c) => (code = c));
  while (Date.now() < deadline) {
    if (code !== undefined) {
      throw new Error(`The server exited (code ${code}) before it was ready. Its last output:\n${tail(server.output())}`);
    }
    try {
      const response = await fetch(`${baseUrl}/api/health`, { signal: AbortSignal.timeout(5_000) });
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 300));
  }
  throw new Error(`The server did not answer ${baseUrl}/api/health within ${timeoutMs / 1000} s. Its last output:\n${tail(server.output())}`);
}

export function tail(text: string, lines = 40): string {
  return text.trimEnd().split("\n").slice(-lines).join("\n") || "(no output)";
}

/** Stops a process group (npm → tsx → node), politely first. */
export async function stopProcessGroup(child: ChildProcess): Promise<void> {
  if (child.pid === undefined || child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const signal = (s: NodeJS.Signals) => {
    try {
      process.kill(-child.pid!, s);
    } catch {
      // already gone
    }
  };
  signal("SIGTERM");
  const timeout = new Promise<"timeout">((resolve) => setTimeout(() => resolve("timeout"), 10_000).unref());
  if ((await Promise.race([exited, timeout])) === "timeout") signal("SIGKILL");
  // npm may exit before its children: make sure the group is gone.
  signal("SIGKILL");
}
