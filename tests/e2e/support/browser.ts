// Which Chromium the e2e tests drive: Playwright's own where it is installed,
// else a system Chromium (Debian's `chromium` package works). Returns "" for
// Playwright's own browser, a path for a system one, null when neither exists.
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import { chromium } from "@playwright/test";

const SYSTEM_CANDIDATES = ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"];
const ON_PATH = ["chromium", "chromium-browser", "google-chrome"];

export function playwrightChromiumInstalled(): boolean {
  try {
    const own = chromium.executablePath();
    return Boolean(own) && fs.existsSync(own);
  } catch {
    return false;
  }
}

export function systemChromium(): string | null {
  for (const candidate of SYSTEM_CANDIDATES) if (fs.existsSync(candidate)) return candidate;
  for (const name of ON_PATH) {
    try {
      const found = execFileSync("which", [name], { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }).trim();
      if (found) return found;
    } catch {
      // not on PATH
    }
  }
  return null;
}

/** "" = Playwright's own browser; a path = a system Chromium; null = no browser at all. */
export function findChromium(): string | null {
  if (playwrightChromiumInstalled()) return "";
  return systemChromium();
}
