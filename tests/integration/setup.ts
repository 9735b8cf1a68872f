// Runs before every integration test file: gives the file its own migrated
// database and installs it as the app's database (lib/db.ts setDatabase), so
// files run in parallel without sharing rows.
import { afterAll } from "vitest";

// Read by lib/env.ts when it is first imported, hence the dynamic imports below.
// Logs stay quiet unless asked for (LOG_LEVEL=info), and no test ever sends real
// e-mail: without SMTP_URL the mailer writes to stdout, which tests capture.
process.env.LOG_LEVEL ??= "error";
delete process.env.SMTP_URL;

const { openMigratedDatabase } = await import("./databases");
const { setDatabase } = await import("@/lib/db");

const testDb = await openMigratedDatabase();
setDatabase(testDb.db);

afterAll(async () => {
  await testDb.dispose();
});
