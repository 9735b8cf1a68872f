// Every page fits its screen: nothing makes the page scroll sideways, in
// English or in Russian (longer words), for visitors and for each role. Runs
// in both projects: a desktop window and a 390 px phone.
import type { BrowserContext, Page } from "@playwright/test";
import { adminCredentials, employerCredentials, newUser, signIn, signUpCandidate, signUpCompany } from "./support/app";
import { expect, test } from "./support/fixtures";
import { BASE_URL } from "./support/run";

const PUBLIC_PAGES = [
  "/",
  "/roles",
  "/roles/community-manager-middle",
  "/roles/community-strategy-lead",
  "/roles/volunteer-coordinator",
  "/roles?from=moderator",
  "/sign-in",
  "/sign-up",
  "/sign-up?as=company",
  "/forgot-password",
  "/reset-password",
  "/no/such/page",
];

async function useLanguage(context: BrowserContext, locale: "en" | "ru"): Promise<void> {
  await context.addCookies([{ name: "NEXT_LOCALE", value: locale, url: BASE_URL }]);
}

/** The page is no wider than the window, and so never scrolls sideways. */
async function expectFits(page: Page, path: string): Promise<void> {
  await page.goto(path);
  await expect(page.locator("main")).toBeVisible();
  const overflow = await page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const wide = [...document.querySelectorAll<HTMLElement>("main *, header *")]
      .filter((el) => el.getBoundingClientRect().right > width + 1 && el.offsetParent !== null)
      .slice(0, 3)
      .map((el) => `${el.tagName.toLowerCase()}.${el.className.toString().split(" ").slice(0, 3).join(".")}: ${el.textContent?.slice(0, 40)}`);
    return { scroll: document.documentElement.scrollWidth - width, wide };
  });
  expect(overflow.scroll, `${path} scrolls sideways by ${overflow.scroll}px; too wide: ${overflow.wide.join(" | ")}`).toBeLessThanOrEqual(0);
}

for (const locale of ["en", "ru"] as const) {
  test(`public pages fit the screen (${locale})`, async ({ page, context }) => {
    await useLanguage(context, locale);
    for (const path of PUBLIC_PAGES) await expectFits(page, path);
  });

  test(`a candidate's pages fit the screen (${locale})`, async ({ page, context }) => {
    await signUpCandidate(page, newUser("candidate"));
    await useLanguage(context, locale);
    for (const path of ["/", "/profile", "/profile/background", "/career", "/applications", "/saved", "/account", "/roles/smm-specialist-senior"]) await expectFits(page, path);
    // A job page with its application form.
    await page.goto("/jobs?q=ambassador");
    const job = page.getByRole("link", { name: /^(Community manager for an ambassador programme|Комьюнити-менеджер амбассадорской программы)$/ }).first();
    await expectFits(page, new URL((await job.getAttribute("href")) ?? "/jobs", BASE_URL).pathname);
  });

  test(`an employer's pages fit the screen (${locale})`, async ({ page, context }) => {
    await signUpCompany(page, newUser("employer"), "Очень длинное название компании «Северный ветер» и партнёры");
    await useLanguage(context, locale);
    for (const path of ["/", "/company", "/account"]) await expectFits(page, path);
  });

  test(`the demo company's pipeline fits the screen (${locale})`, async ({ page, context }) => {
    await signIn(page, employerCredentials(), /\/company$/);
    await useLanguage(context, locale);
    await expectFits(page, "/company/candidates");
    await page.goto("/company/postings");
    await page.getByRole("link", { name: /^(Community manager for an ambassador programme|Комьюнити-менеджер амбассадорской программы)$/ }).first().click();
    await expect(page).toHaveURL(/\/company\/postings\/[^/]+$/);
    const applicants = `${new URL(page.url()).pathname}/applicants`;
    await expectFits(page, `${applicants}?stage=all`);
    await expectFits(page, new URL((await page.getByRole("main").getByRole("listitem").getByRole("link").first().getAttribute("href")) ?? applicants, BASE_URL).pathname);
  });

  test(`an admin's pages fit the screen (${locale})`, async ({ page, context }) => {
    await signIn(page, adminCredentials(), /\/admin$/);
    await useLanguage(context, locale);
    for (const path of ["/admin", "/admin/users", "/account"]) await expectFits(page, path);
  });
}
