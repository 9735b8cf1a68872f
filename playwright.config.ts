// End-to-end tests: a real browser against the production build (`next build`,
// then `npm run serve`). Run them with `npm run test:e2e` (scripts/e2e.ts), which
// builds first and picks the browser.
//
// The server is started by tests/e2e/support/global-setup.ts rather than by
// Playwright's `webServer`: Playwright starts `webServer` before global setup,
// but on PostgreSQL (TEST_DATABASE_URL) the fresh database and its first admin
// must exist before the server starts; and the specs read the server's stdout
// (password-reset e-mails are written there), which the setup sends to a file.
// The setup behaves like `webServer` with reuseExistingServer: false: it fails
// when the port is taken, waits up to 120 s for /api/health, and stops the
// server (and drops the database) when the run ends.
import { defineConfig, devices } from "@playwright/test";
import { findChromium } from "./tests/e2e/support/browser";
import { BASE_URL, JSON_REPORT, OUTPUT_DIR } from "./tests/e2e/support/run";

const isCI = process.env.CI === "true" || process.env.CI === "1";

// E2E_CHROMIUM_PATH: set by scripts/e2e.ts ("" = Playwright's own browser).
// Unset (e.g. `npx playwright test` run by hand): the same choice, without installing anything.
const chromiumPath = process.env.E2E_CHROMIUM_PATH ?? findChromium() ?? "";

const LAUNCH = {
  ...(chromiumPath ? { executablePath: chromiumPath } : {}),
  args: [
    "--no-sandbox",
    "--disable-dev-shm-usage",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-quic",
    "--no-first-run",
  ],
};

export default defineConfig({
  testDir: "tests/e2e",
  outputDir: OUTPUT_DIR,
  globalSetup: "./tests/e2e/support/global-setup.ts",
  // Two cores: the server is the bottleneck, so one browser at a time.
  workers: 1,
  fullyParallel: false,
  forbidOnly: isCI,
  // No retries: a test that passes only on a second try is a failing test (CI also fails on any "flaky").
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [["list"], ["json", { outputFile: JSON_REPORT }]],
  use: {
    baseURL: BASE_URL,
    locale: "en-US",
    trace: "retain-on-failure",
    navigationTimeout: 30_000,
    actionTimeout: 15_000,
  },
  projects: [
    {
      name: "chromium",
      use: { ...devices["Desktop Chrome"], locale: "en-US", launchOptions: LAUNCH },
    },
    {
      // The journeys whose screens change on a phone, again at 390 px wide, with touch and a mobile user agent:
      // every page's layout, the forms people fill there (sign-up, profile, background, posting wizard, applying), the board and the map.
      // Specs of sessions, access, HTTP, servers and the admins' editor mean the same at any width and run once:
      // their second pass cost CI a quarter of its time (it went over 90 minutes on a slow day).
      name: "phone",
      testMatch: [
        "**/layout.spec.ts",
        "**/auth.spec.ts",
        "**/forms.spec.ts",
        "**/dead-ends.spec.ts",
        "**/i18n.spec.ts",
        "**/company.spec.ts",
        "**/postings.spec.ts",
        "**/jobs.spec.ts",
        "**/career.spec.ts",
        "**/applications.spec.ts",
      ],
      use: {
        ...devices["iPhone 13"],
        browserName: "chromium",
        viewport: { width: 390, height: 844 },
        locale: "en-US",
        launchOptions: LAUNCH,
      },
    },
  ],
});
