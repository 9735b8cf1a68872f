import "server-only";
// Applies prisma/migrations/<timestamp>_<name>/migration.sql in order, each in a
// transaction, recorded in a `_prisma_migrations` table compatible with
// Prisma's (sha256 of the file as checksum), so that `prisma migrate status`
// agrees on a machine where Prisma's native engine exists. A PostgreSQL
// advisory lock makes concurrent starts of several instances apply each
// migration once.
import { createHash, randomUUID } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { database, type Database, type SqlRunner } from "@/lib/db";

export const migrationsDir = path.join(/*turbopackIgnore: true*/ process.cwd(), "prisma", "migrations");
const LOCK_KEY = 72_707_201; // any constant shared by every instance of the app

export interface Migration {
  name: string;
  sql: string;
  checksum: string;
}

export function listMigrations(dir = migrationsDir): Migration[] {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && fs.existsSync(path.join(dir, d.name, "migration.sql")))
    .map((d) => d.name)
    .sort()
    .map((name) => {
      const sql = fs.readFileSync(path.join(dir, name, "migration.sql"), "utf8");
      return { name, sql, checksum: createHash("sha256").update(sql).digest("hex") };
    });
}

const CREATE_TABLE = `CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
  "id" VARCHAR(36) PRIMARY KEY NOT NULL,
  "checksum" VARCHAR(64) NOT NULL,
  "finished_at" TIMESTAMPTZ,
  "migration_name" VARCHAR(255) NOT NULL,
  "logs" TEXT,
  "rolled_back_at" TIMESTAMPTZ,
  "started_at" TIMESTAMPTZ NOT NULL DEFAULT now(),
  "applied_steps_count" INTEGER NOT NULL DEFAULT 0
)`;

interface AppliedRow {
  migration_name: string;
  checksum: string;
  finished_at: Date | null;
  rolled_back_at: Date | null;
}

export interface MigrateResult {
  applied: string[];
  alreadyApplied: number;
}

async function appliedRows(sql: SqlRunner): Promise<AppliedRow[]> {
  return sql.query<AppliedRow>(
    `SELECT migration_name, checksum, finished_at, rolled_back_at FROM "_prisma_migrations"`,
  );
}

async function applyPending(sql: SqlRunner, migrations: Migration[]): Promise<MigrateResult> {
  await sql.exec(CREATE_TABLE);
  const done = new Map<string, AppliedRow>();
  for (const row of await appliedRows(sql)) {
    if (row.rolled_back_at) continue;
    if (!row.finished_at) {
      throw new Error(
        `Migration ${row.migration_name} was started but never finished. Repair the database, then mark it rolled back.`,
      );
    }
    done.set(row.migration_name, row);
  }
  const applied: string[] = [];
  for (const m of migrations) {
    const row = done.get(m.name);
    if (row) {
      if (row.checksum !== m.checksum) {
        throw new Error(`Migration ${m.name} was changed after it was applied (checksum mismatch). Add a new migration instead.`);
      }
      continue;
    }
    try {
      await sql.transaction(async (tx) => {
        await tx.exec(m.sql);
        await tx.query(
          `INSERT INTO "_prisma_migrations" (id, checksum, migration_name, started_at, finished_at, applied_steps_count)
           VALUES ($1, $2, $3, now(), now(), 1)`,
          [randomUUID(), m.checksum, m.name],
        );
      });
    } catch (e) {
      throw new Error(`Migration ${m.name} failed and was rolled back: ${(e as Error).message}`, { cause: e });
    }
    applied.push(m.name);
  }
  return { applied, alreadyApplied: done.size };
}

/** Applies every pending migration; safe to call from several instances at once. */
export async function migrate(db: Database = database(), migrations = listMigrations()): Promise<MigrateResult> {
  return db.withConnection(async (sql) => {
    await sql.query("SELECT pg_advisory_lock($1)", [LOCK_KEY]);
    try {
      return await applyPending(sql, migrations);
    } finally {
      await sql.query("SELECT pg_advisory_unlock($1)", [LOCK_KEY]);
    }
  });
}

/** Names of migrations on disk that the database has not applied (health check). */
export async function pendingMigrations(db: Database = database()): Promise<string[]> {
  const onDisk = listMigrations();
  const rows = await db.withConnection(async (sql) => {
    const exists = await sql.query<{ t: string | null }>(`SELECT to_regclass('"_prisma_migrations"')::text AS t`);
    return exists[0]?.t ? appliedRows(sql) : [];
  });
  const done = new Set(rows.filter((r) => r.finished_at && !r.rolled_back_at).map((r) => r.migration_name));
  return onDisk.filter((m) => !done.has(m.name)).map((m) => m.name);
}
