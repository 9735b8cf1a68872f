// Opening test databases for either backend (see global-setup.ts).
import { PGlite } from "@electric-sql/pglite";
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import { inject, it } from "vitest";
import { databaseFromPGlite, databaseFromUrl, type Database } from "@/lib/db";
import { adminQuery, databaseUrl, dropDatabase, quoteIdent } from "./pg-admin";

export const backend = inject("backend");

/**
 * A test of what happens at the same moment (two instances, guesses sent at
 * once). The embedded database has one connection that runs statements one at
 * a time, so there such a test would pass whatever the code does: it runs on
 * PostgreSQL only and is reported as skipped, with this reason, elsewhere.
 */
export function concurrencyTest(name: string, fn: () => Promise<void>, timeout?: number): void {
  const reason = backend === "postgres" ? "" : " (skipped: concurrency is tested on PostgreSQL; the embedded database runs one statement at a time)";
  it.skipIf(backend !== "postgres")(`${name}${reason}`, fn, timeout);
}

export interface TestDatabase {
  db: Database;
  /** Closes the connections, then (PostgreSQL) drops the database. */
  dispose(): Promise<void>;
}

async function closeQuietly(db: Database): Promise<void> {
  await db.prisma.$disconnect().catch(() => {});
  await db.close();
}

/** A fresh database with every migration applied, cloned from the run's template. */
export async function openMigratedDatabase(): Promise<TestDatabase> {
  if (backend === "postgres") {
    const server = inject("pgServerUrl");
    const name = `${inject("pgPrefix")}f${randomBytes(5).toString("hex")}`;
    await adminQuery(server, `CREATE DATABASE ${quoteIdent(name)} TEMPLATE ${quoteIdent(inject("pgTemplate"))}`);
    const db = databaseFromUrl(databaseUrl(server, name));
    return {
      db,
      dispose: async () => {
        await closeQuietly(db);
        await dropDatabase(server, name);
      },
    };
  }
  const pg = await PGlite.create({ loadDataDir: new Blob([fs.readFileSync(inject("pgliteDumpPath"))]) });
  const db = databaseFromPGlite(pg);
  return { db, dispose: () => closeQuietly(db) };
}

export interface EmptyDatabase {
  /** Opens another handle on the same database (PostgreSQL: its own pools; embedded: the same instance). */
  open(): Database;
  dispose(): Promise<void>;
}

/** A brand-new database with nothing in it: no migrations, no tables. */
export async function createEmptyDatabase(): Promise<EmptyDatabase> {
  if (backend === "postgres") {
    const server = inject("pgServerUrl");
    const name = `${inject("pgPrefix")}e${randomBytes(5).toString("hex")}`;
    await adminQuery(server, `CREATE DATABASE ${quoteIdent(name)}`);
    const opened: Database[] = [];
    return {
      open: () => {
        const db = databaseFromUrl(databaseUrl(server, name));
        opened.push(db);
        return db;
      },
      dispose: async () => {
        for (const db of opened) await closeQuietly(db);
        await dropDatabase(server, name);
      },
    };
  }
  const pg = await PGlite.create();
  const opened: Database[] = [];
  return {
    open: () => {
      const db = databaseFromPGlite(pg);
      opened.push(db);
      return db;
    },
    dispose: async () => {
      for (const db of opened) await db.prisma.$disconnect().catch(() => {});
      await pg.close();
    },
  };
}
