// Accessibility check for a page as it is now: axe-core with the WCAG 2.0 and
// 2.1, A and AA rules. Fails on violations of impact "serious" or "critical"
// and lists each one readably (rule, help, the offending elements).
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";

type AxeResults = Awaited<ReturnType<AxeBuilder["analyze"]>>;
type Violation = AxeResults["violations"][number];

export const WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];
const BLOCKING = new Set(["serious", "critical"]);

function describe(violation: Violation): string {
  const nodes = violation.nodes.slice(0, 5).map((node) => {
    const target = node.target.map(String).join(" ");
    const why = node.failureSummary?.replace(/\s*\n\s*/g, " ").trim();
    return `    - ${target}\n      ${node.html.slice(0, 200)}${why ? `\n      ${why}` : ""}`;
  });
  const more = violation.nodes.length > 5 ? `\n    … and ${violation.nodes.length - 5} more` : "";
  return `  [${violation.impact}] ${violation.id}: ${violation.help}\n    ${violation.helpUrl}\n${nodes.join("\n")}${more}`;
}

export async function expectNoSeriousA11yViolations(page: Page): Promise<void> {
  await test.step(`axe: no serious accessibility violations on ${new URL(page.url()).pathname}`, async () => {
    // After a client-side navigation Next.js streams the new <title> in a moment later: wait for it
    // (a page that never gets a title still fails, here or in axe's document-title rule).
    await expect(page, `a <title> on ${page.url()}`).toHaveTitle(/\S/);
    const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
    const blocking = results.violations.filter((v) => v.impact && BLOCKING.has(v.impact));
    const report = blocking.map(describe).join("\n");
    expect(blocking.length, `Accessibility violations on ${page.url()}:\n${report}`).toBe(0);
  });
}
