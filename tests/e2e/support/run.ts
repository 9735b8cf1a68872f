// Facts about one e2e run, shared by playwright.config.ts, the global setup and
// the specs. Side-effect free: Playwright loads the config in every worker too.
import path from "node:path";

export const PORT = Number(process.env.E2E_PORT || 3210);
export const BASE_URL = `http://127.0.0.1:${PORT}`;

/** A fixed secret (48 characters) so that cookies made in one test stay valid for the whole run. */
export const AUTH_SECRET = "e2e-only-secret-3a9f1c7b5d2e8f4a6b0c9d1e7f3a5b8c";

/** The repository root (this file is tests/e2e/support/run.ts). */
export const ROOT = path.resolve(__dirname, "..", "..", "..");

/** Playwright's output folder: emptied at the start of every run, kept afterwards for inspection. */
export const OUTPUT_DIR = path.join(ROOT, "test-results");

/** Everything the server writes (stdout and stderr): the specs read e-mails from it. */
export const SERVER_LOG = path.join(OUTPUT_DIR, "e2e-server.log");

/** Where the JSON report goes (the CI script sums the test counts from it). */
export const JSON_REPORT = process.env.E2E_JSON_OUTPUT || path.join(OUTPUT_DIR, "e2e-report.json");

/** Set by the global setup for the specs (workers inherit the runner's environment). */
export const RUN_ENV = {
  mode: "E2E_DB_MODE",
  adminEmail: "E2E_ADMIN_EMAIL",
  adminPassword: "E2E_ADMIN_PASSWORD",
  demoAccounts: "E2E_DEMO_ACCOUNTS",
  /** The owner of the demo company (its postings and applicants): the demo employer, or on PostgreSQL one the setup made. */
  employerEmail: "E2E_EMPLOYER_EMAIL",
  employerPassword: "E2E_EMPLOYER_PASSWORD",
} as const;
