// lib/server/migrate.ts: the app's own migration runner, which must stay
// compatible with Prisma's `_prisma_migrations` bookkeeping.
import { createHash } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { database, type Database } from "@/lib/db";
import { listMigrations, migrate, pendingMigrations } from "@/lib/server/migrate";
import { backend, concurrencyTest, createEmptyDatabase, type EmptyDatabase } from "./databases";

const MIGRATIONS_DIR = path.resolve(__dirname, "../../prisma/migrations");

/** The migrations on disk, read independently of the code under test. */
const onDisk = fs
  .readdirSync(MIGRATIONS_DIR, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name)
  .sort()
  .map((name) => ({
    name,
    checksum: createHash("sha256").update(fs.readFileSync(path.join(MIGRATIONS_DIR, name, "migration.sql"))).digest("hex"),
  }));
const names = onDisk.map((m) => m.name);

interface MigrationRow {
  migration_name: string;
  checksum: string;
  finished_at: Date | null;
  rolled_back_at: Date | null;
  applied_steps_count: number;
}

const rowsOf = (db: Database) =>
  db.withConnection((sql) =>
    sql.query<MigrationRow>(
      `SELECT migration_name, checksum, finished_at, rolled_back_at, applied_steps_count
       FROM "_prisma_migrations" ORDER BY migration_name`,
    ),
  );

const tableExists = async (db: Database, table: string) =>
  (await db.withConnection((sql) => sql.query<{ t: string | null }>(`SELECT to_regclass($1)::text AS t`, [`"${table}"`])))[0]
    ?.t != null;

/** A temp migrations folder: copies of the real ones plus `extra` (name → SQL). */
function tempMigrations(extra: Record<string, string>, edit?: (name: string, sql: string) => string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "rolemap-migrations-"));
  for (const { name } of onDisk) {
    fs.mkdirSync(path.join(dir, name));
    const sql = fs.readFileSync(path.join(MIGRATIONS_DIR, name, "migration.sql"), "utf8");
    fs.writeFileSync(path.join(dir, name, "migration.sql"), edit ? edit(name, sql) : sql);
  }
  for (const [name, sql] of Object.entries(extra)) {
    fs.mkdirSync(path.join(dir, name));
    fs.writeFileSync(path.join(dir, name, "migration.sql"), sql);
  }
  tempDirs.push(dir);
  return dir;
}
const tempDirs: string[] = [];
afterAll(() => {
  for (const dir of tempDirs) fs.rmSync(dir, { recursive: true, force: true });
});

it("finds at least one migration on disk", () => {
  expect(names.length).toBeGreaterThan(0);
  expect(listMigrations().map((m) => m.name)).toEqual(names);
});

describe("on a brand-new empty database", () => {
  let empty: EmptyDatabase;
  beforeAll(async () => {
    empty = await createEmptyDatabase();
  });
  afterAll(() => empty.dispose());

  it("lists every migration as pending, applies each once with Prisma's bookkeeping, then applies nothing", async () => {
    const db = empty.open();
    expect(await tableExists(db, "User")).toBe(false);
    expect(await pendingMigrations(db)).toEqual(names);

    const first = await migrate(db);
    expect(first).toEqual({ applied: names, alreadyApplied: 0 });

    const rows = await rowsOf(db);
    expect(rows.map((r) => r.migration_name)).toEqual(names);
    for (const row of rows) {
      const file = onDisk.find((m) => m.name === row.migration_name)!;
      expect(row.checksum, row.migration_name).toBe(file.checksum);
      expect(row.finished_at, row.migration_name).toBeInstanceOf(Date);
      expect(row.rolled_back_at, row.migration_name).toBeNull();
      expect(Number(row.applied_steps_count), row.migration_name).toBe(1);
    }
    expect(await tableExists(db, "User")).toBe(true);
    expect(await pendingMigrations(db)).toEqual([]);

    const second = await migrate(db);
    expect(second).toEqual({ applied: [], alreadyApplied: names.length });
    expect(await rowsOf(db)).toEqual(rows);
  });
});

describe("two instances starting at once", () => {
  let empty: EmptyDatabase;
  afterEach(() => empty.dispose());

  // On PGlite (one session) withConnection() serialises callers, else the
  // re-entrant advisory lock would let two migrate() calls interleave.
  concurrencyTest("records each migration exactly once and leaves a working schema", async () => {
    empty = await createEmptyDatabase();
    // PostgreSQL: two handles with their own pools (two app instances).
    // Embedded: two calls on the one PGlite instance (one process, one database).
    const a = empty.open();
    const b = backend === "postgres" ? empty.open() : a;
    const results = await Promise.all([migrate(a), migrate(b)]);

    const appliedByBoth = results.flatMap((r) => r.applied).sort();
    expect(appliedByBoth).toEqual(names);
    const rows = await rowsOf(a);
    expect(rows.map((r) => r.migration_name)).toEqual(names);
    expect(rows.every((r) => r.finished_at !== null)).toBe(true);
    expect(await pendingMigrations(b)).toEqual([]);
    // The schema really exists and works, not only the bookkeeping rows.
    const user = await a.prisma.user.create({
      data: { email: "concurrent@example.test", name: "C", passwordHash: "x", role: "CANDIDATE" },
    });
    expect(await b.prisma.user.findUnique({ where: { id: user.id } })).not.toBeNull();
  });
});

describe("on an already migrated database", () => {
  it("refuses a migration whose file changed after it was applied, naming it", async () => {
    const last = names[names.length - 1]!;
    const dir = tempMigrations({}, (name, sql) => (name === last ? `${sql}\n-- edited after release\n` : sql));
    await expect(migrate(database(), listMigrations(dir))).rejects.toThrow(
      new RegExp(`${last}.*(checksum|changed)`, "i"),
    );
    // The recorded checksum is still the original one.
    const row = (await rowsOf(database())).find((r) => r.migration_name === last)!;
    expect(row.checksum).toBe(onDisk.find((m) => m.name === last)!.checksum);
  });

  it("rolls a failing migration back completely and does not record it", async () => {
    const broken = "29990101000000_broken";
    const dir = tempMigrations({
      [broken]: `CREATE TABLE "ItBroken" ("id" TEXT PRIMARY KEY);
INSERT INTO "ItBroken" VALUES ('a');
ALTER TABLE "User" ADD COLUMN "itBrokenColumn" TEXT;
SELECT * FROM "ThisTableDoesNotExist";`,
    });
    const before = await rowsOf(database());

    await expect(migrate(database(), listMigrations(dir))).rejects.toThrow(broken);

    expect(await tableExists(database(), "ItBroken")).toBe(false);
    const columns = await database().withConnection((sql) =>
      sql.query<{ column_name: string }>(
        `SELECT column_name FROM information_schema.columns WHERE table_schema = current_schema() AND table_name = 'User'`,
      ),
    );
    expect(columns.map((c) => c.column_name)).not.toContain("itBrokenColumn");
    expect(await rowsOf(database())).toEqual(before);
    // The connection is usable again (not stuck in an aborted transaction) and the lock is free.
    expect(await migrate(database())).toEqual({ applied: [], alreadyApplied: names.length });
    expect(await database().prisma.user.count()).toBeGreaterThanOrEqual(0);
  });

  it("applies a new migration from the folder and lists unapplied ones as pending", async () => {
    const added = "29990101000001_add_it_table";
    const dir = tempMigrations({ [added]: `CREATE TABLE "ItAdded" ("id" TEXT PRIMARY KEY);` });
    // pendingMigrations() reads the real folder: nothing pending there.
    expect(await pendingMigrations(database())).toEqual([]);

    const result = await migrate(database(), listMigrations(dir));
    expect(result).toEqual({ applied: [added], alreadyApplied: names.length });
    expect(await tableExists(database(), "ItAdded")).toBe(true);

    // Forget the last real migration: it is pending again.
    const last = names[names.length - 1]!;
    await database().withConnection((sql) => sql.query(`DELETE FROM "_prisma_migrations" WHERE migration_name = $1`, [last]));
    expect(await pendingMigrations(database())).toEqual([last]);
  });
});
