import "server-only";
// The embedded setup's data folder: the PGlite database, the generated auth
// secret, and a lock file so that only one process opens the database.
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { env } from "@/lib/env";

export const dataDir = path.resolve(env.DATA_DIR);
export const pgDataDir = path.join(dataDir, "pgdata");
const lockPath = path.join(dataDir, "rolemap.lock");
const secretPath = path.join(dataDir, "auth-secret");

export class DataDirLockedError extends Error {
  constructor(
    readonly folder: string,
    readonly pid: number,
    readonly host: string,
  ) {
    super(
      `The data folder ${folder} is in use by process ${pid} on ${host}. ` +
        `Stop that process first, or start this one with another DATA_DIR. Nothing was changed.`,
    );
    this.name = "DataDirLockedError";
  }
}

interface LockInfo {
  pid: number;
  host: string;
  startedAt: string;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === "EPERM";
  }
  // A zombie (dead, not yet reaped: common in containers without an init) holds nothing.
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, "utf8");
    return stat.slice(stat.lastIndexOf(")") + 2, stat.lastIndexOf(")") + 3) !== "Z";
  } catch {
    return true;
  }
}

function readLock(): LockInfo | null {
  try {
    return JSON.parse(fs.readFileSync(lockPath, "utf8")) as LockInfo;
  } catch {
    return null;
  }
}

/** The live process holding the folder, if any (a lock left by a dead process does not count). */
export function lockHolder(): LockInfo | null {
  const info = readLock();
  if (!info) return null;
  if (info.pid === process.pid) return null;
  if (info.host !== os.hostname() || isAlive(info.pid)) return info;
  return null;
}

let held = false;

/** Takes the folder for this process, or throws DataDirLockedError naming the holder. */
export function acquireDataDirLock(): void {
  if (held) return;
  fs.mkdirSync(dataDir, { recursive: true });
  const mine: LockInfo = { pid: process.pid, host: os.hostname(), startedAt: new Date().toISOString() };
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      fs.writeFileSync(lockPath, JSON.stringify(mine), { flag: "wx" });
      held = true;
      process.once("exit", releaseDataDirLock);
      return;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== "EEXIST") throw e;
      const holder = lockHolder();
      if (holder) throw new DataDirLockedError(dataDir, holder.pid, holder.host);
      // Left behind by a process that died: take it over (wx above stays the arbiter).
      fs.rmSync(lockPath, { force: true });
    }
  }
  const holder = readLock();
  throw new DataDirLockedError(dataDir, holder?.pid ?? -1, holder?.host ?? "unknown");
}

export function releaseDataDirLock(): void {
  if (!held) return;
  if (readLock()?.pid === process.pid) fs.rmSync(lockPath, { force: true });
  held = false;
}

/** AUTH_SECRET, or (embedded setup only) a secret generated once and kept in the data folder. */
export function resolveAuthSecret(): string {
  if (env.AUTH_SECRET) return env.AUTH_SECRET;
  if (env.DATABASE_URL) {
    throw new Error(
      "AUTH_SECRET is not set. With DATABASE_URL the auth secret must be given: " +
        "set AUTH_SECRET to a random string of at least 32 characters (e.g. `openssl rand -base64 48`).",
    );
  }
  try {
    const existing = fs.readFileSync(secretPath, "utf8").trim();
    if (existing.length >= 32) return existing;
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== "ENOENT") throw e;
  }
  fs.mkdirSync(dataDir, { recursive: true });
  const secret = randomBytes(48).toString("base64url");
  try {
    fs.writeFileSync(secretPath, secret, { flag: "wx", mode: 0o600 });
    return secret;
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== "EEXIST") throw e;
    return fs.readFileSync(secretPath, "utf8").trim();
  }
}
