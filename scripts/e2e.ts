// `npm run test:e2e`: builds the app and its server (`npm run build`, unless SKIP_BUILD=1), picks a browser,
// then runs Playwright (extra arguments go to `playwright test`).
//
// Browser: Playwright's own where installed, else a system Chromium (Debian's
// `chromium`), else `npx playwright install chromium`. The choice reaches
// playwright.config.ts as E2E_CHROMIUM_PATH ("" = Playwright's own).
// TEST_DATABASE_URL (a PostgreSQL server URL) runs the suite on a fresh
// database on that server instead of the embedded one.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { findChromium } from "../tests/e2e/support/browser";

const ROOT = path.resolve(__dirname, "..");
const bin = (name: string) => path.join(ROOT, "node_modules", ".bin", name);
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: "1" };

function run(command: string, args: string[], extraEnv: Record<string, string> = {}): number {
  const result = spawnSync(command, args, { cwd: ROOT, stdio: "inherit", env: { ...env, ...extraEnv } });
  if (result.error) throw result.error;
  return result.status ?? 1;
}

function chooseBrowser(): string {
  const given = process.env.E2E_CHROMIUM_PATH;
  if (given && fs.existsSync(given)) return given;
  const found = findChromium();
  if (found !== null) return found;
  process.stdout.write("No Chromium found: trying `npx playwright install chromium`…\n");
  // Output captured: when the download fails, the one line below is the whole message.
  const installed = spawnSync(bin("playwright"), ["install", "chromium"], { cwd: ROOT, stdio: "pipe", env });
  const after = installed.status === 0 ? findChromium() : null;
  if (after === null) {
    process.stderr.write(
      "No browser for the e2e tests: install one with `apt-get install chromium` (Debian) or `npx playwright install chromium`.\n",
    );
    process.exit(1);
  }
  return after;
}

function main(): void {
  const chromium = chooseBrowser();
  process.stdout.write(`e2e: browser ${chromium || "Playwright's own Chromium"}\n`);

  if (process.env.SKIP_BUILD === "1") {
    if (!fs.existsSync(path.join(ROOT, ".next", "BUILD_ID")) || !fs.existsSync(path.join(ROOT, "dist", "serve.cjs"))) {
      process.stderr.write("SKIP_BUILD=1, but there is no build in .next: run without SKIP_BUILD first.\n");
      process.exit(1);
    }
    process.stdout.write("e2e: SKIP_BUILD=1, using the existing build in .next\n");
  } else {
    const status = run(process.platform === "win32" ? "npm.cmd" : "npm", ["run", "build"]);
    if (status !== 0) process.exit(status);
  }

  process.exit(run(bin("playwright"), ["test", ...process.argv.slice(2)], { E2E_CHROMIUM_PATH: chromium }));
}

main();
