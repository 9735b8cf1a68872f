// Runs before every integration test file: gives the file its own migrated
// database and installs it as the app's database (lib/db.ts setDatabase), so
// files run in parallel without sharing rows.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll } from "vitest";

// Read by lib/env.ts when it is first imported, hence the dynamic imports below.
// Logs stay quiet unless asked for (LOG_LEVEL=info), and no test ever sends real
// e-mail: without SMTP_URL the mailer writes to stdout, which tests capture.
process.env.LOG_LEVEL ??= "error";
delete process.env.SMTP_URL;
// Files the app keeps in its data folder (the generated auth secret, the demo
// passwords) go to a folder of this file's own, never to the checkout's .data.
process.env.DATA_DIR = fs.mkdtempSync(path.join(os.tmpdir(), "rolemap-it-data-"));

const { openMigratedDatabase } = await import("./databases");
const { setDatabase } = await import("@/lib/db");

const testDb = await openMigratedDatabase();
setDatabase(testDb.db);

afterAll(async () => {
  await testDb.dispose();
  fs.rmSync(process.env.DATA_DIR!, { recursive: true, force: true });
});
