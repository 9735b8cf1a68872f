// Runs once per `vitest run --project integration`: builds one migrated
// database that every test file clones, so no file pays for migrations.
//
// - TEST_DATABASE_URL set (a PostgreSQL server URL): a template database
//   `rolemap_it_<run>_tmpl`; each file gets `CREATE DATABASE … TEMPLATE` (setup.ts).
//   Teardown drops every database whose name starts with `rolemap_it_<run>_`.
// - Otherwise (embedded): an in-memory PGlite, migrated and dumped to a tarball
//   in a temp folder; each file loads it into its own PGlite (~0.7 s).
import { PGlite } from "@electric-sql/pglite";
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { databaseFromPGlite, databaseFromUrl } from "@/lib/db";
import { migrate } from "@/lib/server/migrate";
import { adminQuery, databaseUrl, dropDatabase, quoteIdent } from "./pg-admin";

declare module "vitest" {
  export interface ProvidedContext {
    /** "postgres" when TEST_DATABASE_URL is set, else "embedded". */
    backend: "postgres" | "embedded";
    /** Embedded: path of the migrated PGlite data-dir tarball. */
    pgliteDumpPath: string;
    /** PostgreSQL: the server URL (TEST_DATABASE_URL). */
    pgServerUrl: string;
    /** PostgreSQL: the migrated template database. */
    pgTemplate: string;
    /** Prefix of every database this run creates: `rolemap_it_<run>_`. */
    pgPrefix: string;
  }
}

export default async function setup(project: TestProject) {
  const serverUrl = process.env.TEST_DATABASE_URL;
  if (!serverUrl && ["1", "true", "yes"].includes(process.env.REQUIRE_POSTGRES ?? "")) {
    throw new Error("REQUIRE_POSTGRES is set but TEST_DATABASE_URL is not: this run must not fall back to the embedded database.");
  }
  const run = randomBytes(4).toString("hex");
  if (serverUrl) return setupPostgres(project, serverUrl, `rolemap_it_${run}_`);
  return setupEmbedded(project);
}

async function setupPostgres(project: TestProject, serverUrl: string, prefix: string) {
  const template = `${prefix}tmpl`;
  const teardown = async () => {
    const rows = await adminQuery<{ datname: string }>(
      serverUrl,
      `SELECT datname FROM pg_database WHERE starts_with(datname, $1)`,
      [prefix],
    );
    for (const { datname } of rows) await dropDatabase(serverUrl, datname);
  };
  try {
    await adminQuery(serverUrl, `CREATE DATABASE ${quoteIdent(template)}`);
    const db = databaseFromUrl(databaseUrl(serverUrl, template));
    try {
      await migrate(db);
    } finally {
      await db.close();
    }
  } catch (e) {
    await teardown();
    throw e;
  }
  project.provide("backend", "postgres");
  project.provide("pgServerUrl", serverUrl);
  project.provide("pgTemplate", template);
  project.provide("pgPrefix", prefix);
  project.provide("pgliteDumpPath", "");
  return teardown;
}

async function setupEmbedded(project: TestProject) {
  const pg = await PGlite.create();
  const db = databaseFromPGlite(pg);
  let dump: Blob;
  try {
    await migrate(db);
    dump = await pg.dumpDataDir("none");
  } finally {
    await db.prisma.$disconnect();
    await db.close();
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "rolemap-it-"));
  const dumpPath = path.join(dir, "migrated.tar");
  fs.writeFileSync(dumpPath, Buffer.from(await dump.arrayBuffer()));
  project.provide("backend", "embedded");
  project.provide("pgliteDumpPath", dumpPath);
  project.provide("pgServerUrl", "");
  project.provide("pgTemplate", "");
  project.provide("pgPrefix", "");
  return () => fs.rmSync(dir, { recursive: true, force: true });
}
