import "server-only";
// What the app does once when a server starts: check the configuration, take
// the data folder (embedded), apply migrations, seed the default taxonomy and,
// on an empty embedded database, the demo accounts.
import { database } from "@/lib/db";
import { env, isBuildPhase, isEmbedded, publicUrl } from "@/lib/env";
import { log, logError } from "@/lib/log";
import { dataDir, resolveAuthSecret } from "@/lib/server/data-dir";
import { purgeExpired, startHousekeeping } from "@/lib/server/housekeeping";
import { createDemoDataIfEmpty, demoAccountsFile, presentDemoAccounts } from "@/lib/server/demo-data";
import { migrate } from "@/lib/server/migrate";
import { runPostingLifecycle, startPostingLifecycle } from "@/lib/server/postings/lifecycle";
import { startSearchAlerts } from "@/lib/server/search-alerts";
import { seedTaxonomy } from "@/lib/server/seed";

export async function startup(): Promise<void> {
  const started = Date.now();
  resolveAuthSecret(); // throws a clear error when AUTH_SECRET is missing with DATABASE_URL
  const migrations = await migrate(database());
  const seed = await seedTaxonomy();
  await purgeExpired();
  startHousekeeping();
  await runPostingLifecycle();
  startPostingLifecycle();
  startSearchAlerts();
  log("info", "startup.database", {
    kind: isEmbedded ? "embedded" : "postgres",
    dataDir: isEmbedded ? dataDir : undefined,
    migrationsApplied: migrations.applied,
    taxonomySeeded: !seed.skipped,
  });
  if (isEmbedded && env.DEMO_DATA === "on") {
    await createDemoDataIfEmpty();
    const demo = await presentDemoAccounts();
    if (demo.length > 0) {
      const lines = demo.map((a) => `  ${a.role.padEnd(9)} ${a.email.padEnd(24)} ${a.password}`);
      process.stdout.write(
        `\nRolemap is running at ${publicUrl}\nDemo accounts (embedded database only; kept in ${demoAccountsFile}):\n${lines.join("\n")}\n\n`,
      );
    }
  }
  log("info", "startup.ready", { ms: Date.now() - started });
}

/** startup(), and on failure a clear message and exit: a half-started server must not serve. */
export async function runStartup(): Promise<void> {
  if (isBuildPhase) return;
  try {
    await startup();
  } catch (error) {
    logError("startup.failed", error);
    process.stderr.write(`\nRolemap could not start: ${(error as Error).message}\n\n`);
    process.exit(1);
  }
}
