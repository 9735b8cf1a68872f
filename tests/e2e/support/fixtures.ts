// The specs' `test`: Playwright's, with two guards on every page any test opens
// (in its own page and in every browser context it makes):
// - the Content-Security-Policy is watched: a violation fails the test;
// - axe (WCAG 2.0/2.1 A and AA) runs on every HTML page reached with
//   (except in a context made with JavaScript off, where it cannot run)
//   page.goto(), error pages included, and on the page a test ends on.
// A page already checked in the same state (address, language, who is signed
// in, heading) is not checked again, to keep the suite fast.
import { expect, test as base, type BrowserContext, type Page } from "@playwright/test";
import { expectNoSeriousA11yViolations } from "./a11y";

const checked = new Set<string>();

async function pageState(page: Page): Promise<string | null> {
  const url = new URL(page.url());
  if (url.protocol === "about:") return null;
  return page.evaluate(() => {
    if (!document.contentType.includes("html") || !document.querySelector("main")) return null;
    const signedIn = Boolean(document.querySelector("header button[data-sign-out]"));
    const h1 = document.querySelector("h1")?.textContent ?? "";
    const alerts = [...document.querySelectorAll("[role=alert][data-tone]")].map((a) => a.textContent).join("|");
    return `${location.pathname}${location.search}|${document.documentElement.lang}|${signedIn}|${h1}|${alerts}|${innerWidth}`;
  });
}

/** axe on the page as it is now, unless that state was checked already. */
export async function guardA11y(page: Page): Promise<void> {
  if (page.isClosed()) return;
  const state = await pageState(page).catch(() => null);
  if (state === null || checked.has(state)) return;
  checked.add(state);
  await expectNoSeriousA11yViolations(page);
}

async function watchCsp(context: BrowserContext, violations: string[]): Promise<void> {
  await context.exposeFunction("__reportCspViolation", (text: string) => violations.push(`event: ${text}`));
  await context.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (e) => {
      const report = (window as unknown as { __reportCspViolation: (t: string) => void }).__reportCspViolation;
      void report(`${e.violatedDirective} blocked ${e.blockedURI || "inline"} (${e.sourceFile}:${e.lineNumber})`);
    });
  });
}

function guardPage(page: Page, violations: string[], pages: Page[]): void {
  pages.push(page);
  page.on("console", (message) => {
    if (/Content[- ]Security[- ]Policy/i.test(message.text())) violations.push(`console: ${message.text()}`);
    // A text missing from a catalogue shows its key to the reader: as much a failure.
    if (/MISSING_MESSAGE/.test(message.text())) violations.push(`missing text: ${message.text().split("\n")[0]}`);
  });
  const goto = page.goto.bind(page);
  page.goto = async (url, options) => {
    const response = await goto(url, options);
    const type = response?.headers()["content-type"] ?? "";
    if (type.includes("text/html")) await guardA11y(page);
    return response;
  };
}

export const test = base.extend<{ guards: void }>({
  guards: [
    async ({ context, browser }, use) => {
      const violations: string[] = [];
      const pages: Page[] = [];
      const guardContext = async (c: BrowserContext) => {
        await watchCsp(c, violations);
        c.on("page", (p) => guardPage(p, violations, pages));
        for (const p of c.pages()) guardPage(p, violations, pages);
      };
      await guardContext(context);
      const newContext = browser.newContext.bind(browser);
      browser.newContext = async (options) => {
        const c = await newContext(options);
        // Without JavaScript neither axe nor the CSP listener can run in the page; the same pages are checked with it.
        if (options?.javaScriptEnabled !== false) await guardContext(c);
        return c;
      };
      try {
        await use();
      } finally {
        browser.newContext = newContext;
      }
      for (const p of pages) await guardA11y(p);
      expect(violations, "Content-Security-Policy violations and missing texts").toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
export type { Browser, Locator, Page } from "@playwright/test";
