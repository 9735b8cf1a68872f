// The one Prisma client: the embedded PGlite database (default, folder DATA_DIR)
// or PostgreSQL when DATABASE_URL is set. Only lib/server/** imports this file.
//
// The client is created lazily and kept on globalThis: Next.js bundles route
// code and instrumentation separately, and all of them must share one database
// handle (PGlite allows one opener per folder).
import "server-only";
import { PGlite } from "@electric-sql/pglite";
import { PrismaPg } from "@prisma/adapter-pg";
import type { SqlDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import { PrismaPGlite } from "pglite-prisma-adapter";
import fs from "node:fs";
import pg from "pg";
import { env } from "@/lib/env";
import { log } from "@/lib/log";
import { acquireDataDirLock, pgDataDir } from "@/lib/server/data-dir";
import { PrismaClient } from "@/lib/generated/prisma/client";

/** Raw SQL on one connection: migrations, advisory locks, health checks. */
export interface SqlRunner {
  exec(sql: string): Promise<void>;
  query<T>(sql: string, params?: unknown[]): Promise<T[]>;
  /** Runs fn in a transaction on this connection: committed when it resolves, rolled back when it throws. */
  transaction<T>(fn: (sql: SqlRunner) => Promise<T>): Promise<T>;
}

export interface Database {
  prisma: PrismaClient;
  kind: "embedded" | "postgres";
  /** Runs fn on one dedicated connection (session-level locks hold for its whole run). */
  withConnection<T>(fn: (sql: SqlRunner) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

type PGliteLike = Pick<PGlite, "exec" | "query">;

function pgliteRunner(pg: PGliteLike, tx?: (fn: (inner: PGliteLike) => Promise<unknown>) => Promise<unknown>): SqlRunner {
  return {
    exec: async (sql) => void (await pg.exec(sql)),
    query: async <T>(sql: string, params: unknown[] = []) => (await pg.query<T>(sql, params)).rows,
    // PGlite's own transaction holds its lock, so Prisma's queries wait instead of landing inside it.
    transaction: async <T>(fn: (sql: SqlRunner) => Promise<T>) => {
      if (!tx) throw new Error("Nested transactions are not supported");
      return (await tx((inner) => fn(pgliteRunner(inner)))) as T;
    },
  };
}

// PGlite has one session: "one dedicated connection" means one caller at a time,
// else session-level advisory locks would be re-entered by a second caller.
const pgliteQueues = new WeakMap<PGlite, Promise<unknown>>();

function exclusive<T>(pg: PGlite, fn: () => Promise<T>): Promise<T> {
  const run = (pgliteQueues.get(pg) ?? Promise.resolve()).catch(() => undefined).then(fn);
  pgliteQueues.set(pg, run.catch(() => undefined));
  return run;
}

function withPGliteConnection<T>(pg: PGlite, fn: (sql: SqlRunner) => Promise<T>): Promise<T> {
  return exclusive(pg, () => fn(pgliteRunner(pg, (inner) => pg.transaction((t) => inner(t)))));
}

export async function openPGlite(dataDir: string | undefined): Promise<PGlite> {
  if (dataDir && !dataDir.startsWith("memory://")) {
    acquireDataDirLock();
    fs.mkdirSync(dataDir, { recursive: true });
  }
  return PGlite.create(dataDir && !dataDir.startsWith("memory://") ? { dataDir } : {});
}

export function databaseFromPGlite(pg: PGlite): Database {
  return {
    kind: "embedded",
    prisma: new PrismaClient({ adapter: new PrismaPGlite(pg) }),
    withConnection: (fn) => withPGliteConnection(pg, fn),
    close: () => pg.close(),
  };
}

/**
 * A connection that the server ends (a PostgreSQL restart, pg_terminate_backend,
 * a dropped network) is one log line, not an uncaught exception: the pools then
 * open a new connection for the next query.
 */
function logConnectionError(pool: string) {
  return (error: Error) => log("warn", "db.connection_lost", { pool, message: error.message });
}

export function databaseFromUrl(connectionString: string): Database {
  const prisma = new PrismaClient({
    adapter: new PrismaPg(
      { connectionString, max: 10 },
      { onPoolError: logConnectionError("prisma"), onConnectionError: logConnectionError("prisma") },
    ),
  });
  // A small separate pool for raw SQL (migrations, advisory locks, health).
  const pool = new pg.Pool({ connectionString, max: 2 });
  pool.on("error", logConnectionError("raw"));
  const onCheckedOutError = logConnectionError("raw");
  return {
    kind: "postgres",
    prisma,
    withConnection: async (fn) => {
      const client = await pool.connect();
      client.on("error", onCheckedOutError);
      const runner: SqlRunner = {
        exec: async (sql) => void (await client.query(sql)),
        query: async <T>(sql: string, params: unknown[] = []) => (await client.query(sql, params)).rows as T[],
        transaction: async (inner) => {
          await client.query("BEGIN");
          try {
            const result = await inner(runner);
            await client.query("COMMIT");
            return result;
          } catch (e) {
            await client.query("ROLLBACK");
            throw e;
          }
        },
      };
      let failed: Error | undefined;
      try {
        return await fn(runner);
      } catch (e) {
        failed = e as Error;
        throw e;
      } finally {
        client.removeListener("error", onCheckedOutError);
        // After a failure the connection may be dead: the pool drops it rather than lend it again.
        client.release(failed);
      }
    },
    close: async () => {
      await Promise.all([prisma.$disconnect(), pool.end()]);
    },
  };
}

function lazyPGliteFactory(open: () => Promise<PGlite>): SqlDriverAdapterFactory {
  let factory: Promise<PrismaPGlite> | undefined;
  const get = () => (factory ??= open().then((pg) => new PrismaPGlite(pg)));
  return {
    provider: "postgres",
    adapterName: "pglite-lazy",
    connect: async () => (await get()).connect(),
  };
}

function createDatabase(): Database {
  if (env.DATABASE_URL) return databaseFromUrl(env.DATABASE_URL);
  const dir = env.DATA_DIR.startsWith("memory://") ? env.DATA_DIR : pgDataDir;
  let pg: Promise<PGlite> | undefined;
  const open = () => (pg ??= openPGlite(dir));
  return {
    kind: "embedded",
    prisma: new PrismaClient({ adapter: lazyPGliteFactory(open) }),
    withConnection: async (fn) => withPGliteConnection(await open(), fn),
    close: async () => {
      if (pg) await (await pg).close();
    },
  };
}

const globalForDb = globalThis as unknown as { __rolemapDatabase?: Database };

/** The process-wide database; tests install their own with setDatabase() first. */
export function database(): Database {
  return (globalForDb.__rolemapDatabase ??= createDatabase());
}

export function setDatabase(db: Database): void {
  globalForDb.__rolemapDatabase = db;
}

/** The Prisma client. Nothing is opened until the first query. */
export const db: PrismaClient = new Proxy({} as PrismaClient, {
  get(_target, prop) {
    const client = database().prisma;
    const value = Reflect.get(client, prop, client) as unknown;
    return typeof value === "function" ? (value as (...a: unknown[]) => unknown).bind(client) : value;
  },
});
