// The embedded data folder belongs to one process: a second server, or a second
// `npm start`, on the same folder stops with a message naming the folder and the
// process that holds it, and leaves the data as it was. A lock left by a process
// that died is taken over.
import { spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";

const ROOT = path.resolve(__dirname, "../..");
const TSX = path.join(ROOT, "node_modules", ".bin", "tsx");
const SHIM = path.join(ROOT, "scripts", "server-only-shim.cjs");
const HOLDER = path.join(__dirname, "fixtures", "hold-data-dir.ts");

// tsx runs the script in a child of its own: the holder is that child, whose pid it prints.
const holders: number[] = [];
const folders: string[] = [];
afterEach(() => {
  for (const pid of holders.splice(0)) {
    try {
      process.kill(pid, "SIGKILL");
    } catch {
      // already gone
    }
  }
  for (const dir of folders.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

function envFor(dataDir: string): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, DATA_DIR: dataDir };
  delete env.DATABASE_URL;
  return env;
}

/** Starts a process that holds the folder; resolves with its pid once it says so. */
function holdFolder(dataDir: string): Promise<number> {
  const child = spawn(TSX, ["--require", SHIM, HOLDER], { cwd: ROOT, env: envFor(dataDir), stdio: ["ignore", "pipe", "pipe"] });
  let stderr = "";
  child.stderr!.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise((resolve, reject) => {
    child.stdout!.on("data", (chunk: Buffer) => {
      const pid = /locked (\d+)/.exec(chunk.toString())?.[1];
      if (pid) {
        holders.push(Number(pid));
        resolve(Number(pid));
      }
    });
    child.once("exit", (code) => reject(new Error(`holder exited with ${code}: ${stderr}`)));
  });
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

function makeDataFolder(): { dir: string; marker: string } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "rolemap-lock-"));
  folders.push(dir);
  const marker = path.join(dir, "pgdata", "PG_VERSION");
  fs.mkdirSync(path.dirname(marker), { recursive: true });
  fs.writeFileSync(marker, "17\n");
  return { dir, marker };
}

describe("the embedded data folder lock", () => {
  it("a second `npm start` on a held folder stops at once, names folder and holder, and changes nothing", async () => {
    const { dir, marker } = makeDataFolder();
    const before = fs.statSync(marker).mtimeMs;
    const holder = await holdFolder(dir);

    const started = Date.now();
    const second = spawnSync(TSX, ["--require", SHIM, path.join(ROOT, "scripts", "start.ts")], {
      cwd: ROOT,
      env: envFor(dir),
      encoding: "utf8",
      timeout: 60_000,
    });
    expect(second.status).toBe(1);
    expect(second.stderr).toContain(path.resolve(dir));
    expect(second.stderr).toContain(`process ${holder} `);
    expect(Date.now() - started).toBeLessThan(30_000); // refused before building anything
    expect(fs.readFileSync(marker, "utf8")).toBe("17\n");
    expect(fs.statSync(marker).mtimeMs).toBe(before);
    expect(fs.readdirSync(path.join(dir, "pgdata"))).toEqual(["PG_VERSION"]);
  });

  it("a second opener in another process is refused with the holder's pid", async () => {
    const { dir } = makeDataFolder();
    const holder = await holdFolder(dir);
    const second = spawnSync(TSX, ["--require", SHIM, HOLDER], { cwd: ROOT, env: envFor(dir), encoding: "utf8", timeout: 30_000 });
    expect(second.status).toBe(3);
    expect(second.stderr).toContain(`in use by process ${holder} `);
  });

  it("a lock left by a process that died is taken over", async () => {
    const { dir } = makeDataFolder();
    const first = await holdFolder(dir);
    process.kill(first, "SIGKILL");
    await expect.poll(() => isAlive(first)).toBe(false);
    expect(fs.existsSync(path.join(dir, "rolemap.lock"))).toBe(true); // left behind
    const next = await holdFolder(dir);
    const lock = JSON.parse(fs.readFileSync(path.join(dir, "rolemap.lock"), "utf8")) as { pid: number };
    expect(lock.pid).toBe(next);
    expect(next).not.toBe(first);
  });
});
