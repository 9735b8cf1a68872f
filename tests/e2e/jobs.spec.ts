// The public job board (issue 9) as an anonymous visitor uses it: a search by
// a Russian word form, a filter, the address shared with a new browser, the
// job page and its structured data; the same without JavaScript; axe on the
// board and a job page in both languages (the guards run it on every page).
// The postings are the demo ones: made at first start on the embedded
// database, seeded by the e2e setup on PostgreSQL.
import type { Browser } from "@playwright/test";
import { expect, test, type Page } from "./support/fixtures";

const AMBASSADOR = "Community manager for an ambassador programme"; // community, hybrid, Moscow
const GAME = "Community manager for a multiplayer game"; // community, remote, USD

async function openFilters(page: Page): Promise<void> {
  const remote = page.getByRole("checkbox", { name: "Remote" });
  if (!(await remote.isVisible())) await page.getByText("Filters", { exact: true }).click();
  await expect(remote).toBeVisible();
}

async function resultTitles(page: Page): Promise<string[]> {
  return page.getByRole("list", { name: "Results" }).getByRole("heading", { level: 3 }).allInnerTexts();
}

/** The page's JobPosting structured data, parsed. */
async function jobPostingData(page: Page): Promise<Record<string, unknown>> {
  const text = await page.locator('script[type="application/ld+json"]').textContent();
  return JSON.parse(text ?? "null") as Record<string, unknown>;
}

function expectGoogleForJobsProperties(data: Record<string, unknown>): void {
  expect(data).toMatchObject({ "@context": "https://schema.org/", "@type": "JobPosting" });
  for (const key of ["title", "description", "datePosted", "validThrough", "employmentType", "hiringOrganization", "identifier", "directApply"]) {
    expect(data, key).toHaveProperty(key);
  }
  expect((data.hiringOrganization as { name?: string }).name).toBeTruthy();
  if (data.jobLocationType === "TELECOMMUTE") expect(data).toHaveProperty("applicantLocationRequirements");
  else expect(data).toHaveProperty("jobLocation.address.addressCountry");
  expect(new Date(String(data.validThrough)).getTime()).toBeGreaterThan(Date.now());
}

test("a visitor finds a job by a Russian word form and by a filter, shares the address, and opens the posting", async ({ page, browser }) => {
  await page.goto("/jobs");
  await expect(page.getByRole("heading", { level: 1, name: "Jobs" })).toBeVisible();

  // A Russian word in another form than the title's ("комьюнити-менеджера" for "Комьюнити-менеджер").
  await page.getByRole("searchbox", { name: "Search jobs" }).fill("комьюнити-менеджера");
  await page.getByRole("button", { name: "Search", exact: true }).click();
  await expect(page).toHaveURL(/\/jobs\?q=%D0%BA/);
  await expect(page.getByRole("link", { name: AMBASSADOR })).toBeVisible();

  // Filters: community managers, remote only.
  await openFilters(page);
  await page.getByRole("radio", { name: "Community manager" }).check();
  await page.getByRole("checkbox", { name: "Remote" }).check();
  await page.getByRole("button", { name: "Show jobs" }).click();
  await expect(page).toHaveURL(/family=community&mode=remote/);
  await expect(page.getByRole("link", { name: GAME })).toBeVisible();
  await expect(page.getByRole("link", { name: AMBASSADOR })).toHaveCount(0);
  const shared = page.url();
  const titles = await resultTitles(page);
  expect(titles.length).toBeGreaterThan(0);

  // The address is the whole state: a new browser sees the same results.
  const other = await browser.newContext();
  const second = await other.newPage();
  await second.goto(shared);
  expect(await resultTitles(second)).toEqual(titles);
  await other.close();

  // A filter is taken away from the list of what the search narrows by.
  await page.getByRole("link", { name: "Remove: Remote" }).click();
  await expect(page).not.toHaveURL(/mode=remote/);
  await expect(page.getByRole("link", { name: AMBASSADOR })).toBeVisible();

  // The job page: the posting, its structured data, the other language one click away.
  await page.getByRole("link", { name: AMBASSADOR }).click();
  await expect(page.getByRole("heading", { level: 1, name: AMBASSADOR })).toBeVisible();
  await expect(page).toHaveURL(/\/jobs\/community-manager-for-an-ambassador-programme-[a-z0-9]+$/);
  await expect(page.getByText("Must-have skills")).toBeVisible();
  const data = await jobPostingData(page);
  expectGoogleForJobsProperties(data);
  expect(data).toMatchObject({ title: AMBASSADOR, hiringOrganization: { name: "Northwind Communities" }, baseSalary: { currency: "RUB", value: { unitText: "MONTH" } } });
  const jobAddress = new URL(page.url()).pathname;
  await page.getByRole("link", { name: "Read this posting in Russian" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Комьюнити-менеджер амбассадорской программы" })).toBeVisible();

  // Both languages of the interface: axe runs on each page as it opens.
  await page.getByRole("button", { name: "Русский" }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", "ru");
  await page.goto("/jobs?q=сообщество&mode=remote");
  await expect(page.getByRole("heading", { level: 1, name: "Вакансии" })).toBeVisible();
  await expect(page.getByRole("heading", { level: 2, name: /ваканси/ })).toBeVisible();
  await page.goto(jobAddress);
  await expect(page.getByRole("heading", { level: 1, name: "Комьюнити-менеджер амбассадорской программы" })).toBeVisible();
  await expect(page.getByText("Обязательные навыки")).toBeVisible();
  await page.getByRole("button", { name: "English" }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
});

test("without JavaScript the board searches, filters, pages and opens a posting", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto("/jobs");
  await page.getByRole("searchbox", { name: "Search jobs" }).fill("менеджеров");
  await page.getByRole("button", { name: "Search", exact: true }).click();
  // The form sends every field; the server answers with the short address.
  await expect(page).toHaveURL(/\/jobs\?q=%D0%BC%D0%B5%D0%BD%D0%B5%D0%B4%D0%B6%D0%B5%D1%80%D0%BE%D0%B2$/);
  await expect(page.getByRole("link", { name: GAME })).toBeVisible();

  await page.goto("/jobs");
  await expect(page).toHaveURL(/\/jobs$/);
  const first = await resultTitles(page);
  expect(first.length).toBe(20);
  await page.getByRole("navigation", { name: "Pages" }).getByRole("link", { name: "Next" }).click();
  await expect(page).toHaveURL(/page=2&asof=\d+/);
  const next = await resultTitles(page);
  expect(next.length).toBeGreaterThan(0);
  expect(next.filter((t) => first.includes(t))).toEqual([]);

  await page.goto("/jobs");
  await page.getByText("Filters", { exact: true }).click();
  await page.getByRole("checkbox", { name: "Remote" }).check();
  await page.getByRole("button", { name: "Show jobs" }).click();
  await expect(page).toHaveURL(/\/jobs\?mode=remote$/);
  await expect(page.getByRole("link", { name: GAME })).toBeVisible();
  await page.getByRole("link", { name: GAME }).click();
  await expect(page.getByRole("heading", { level: 1, name: GAME })).toBeVisible();
  const data = await jobPostingData(page);
  expectGoogleForJobsProperties(data);
  expect(data).toMatchObject({ jobLocationType: "TELECOMMUTE", baseSalary: { currency: "USD" } });
  await context.close();
});

/** The JavaScript a first visit to `path` fetches, in bytes as received (compressed), in a browser with an empty cache. */
async function firstLoadScriptBytes(browser: Browser, path: string): Promise<number> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const sizes: Promise<number>[] = [];
  page.on("requestfinished", (request) => {
    if (request.resourceType() === "script") sizes.push(request.sizes().then((s) => s.responseBodySize));
  });
  await page.goto(path, { waitUntil: "networkidle" });
  const total = (await Promise.all(sizes)).reduce((a, b) => a + b, 0);
  await context.close();
  return total;
}

test("a visitor's job page loads about the board's JavaScript: the apply form's code goes only to candidates", async ({ page, browser }) => {
  await page.goto("/jobs");
  const href = await page.getByRole("link", { name: GAME }).getAttribute("href");
  const board = await firstLoadScriptBytes(browser, "/jobs");
  const job = await firstLoadScriptBytes(browser, href!);
  expect(board).toBeGreaterThan(0);
  // The form with react-hook-form and zod was some 110 kB more, sent to visitors who cannot apply.
  expect(job).toBeLessThan(board + 10_000);
});

test("hostile search text is searched as words or shortened with a notice, never an error", async ({ page }) => {
  for (const q of ["!", "a & b | !c", "'; DROP TABLE x; --", "%\\_", "\u0000smm"]) {
    const response = await page.goto(`/jobs?q=${encodeURIComponent(q)}`);
    expect(response?.status(), q).toBeLessThan(400);
    await expect(page.getByRole("heading", { level: 1, name: "Jobs" })).toBeVisible();
  }
  const response = await page.goto(`/jobs?q=${"x".repeat(10_000)}`);
  expect(response?.status()).toBe(200);
  await expect(page.getByText("Only the first 200 characters and 8 words of your search were used.")).toBeVisible();
});

test("search engines get a robots.txt, a sitemap of open postings and a card for a shared link", async ({ page, request }) => {
  const robots = await (await request.get("/robots.txt")).text();
  expect(robots).toMatch(/Disallow: \/admin/);
  expect(robots).toMatch(/Sitemap: .*\/sitemap\.xml/);
  const index = await (await request.get("/sitemap.xml")).text();
  const file = /<loc>[^<]*(\/sitemaps\/jobs-0\.xml)<\/loc>/.exec(index)?.[1];
  expect(file).toBeTruthy();
  const jobs = await (await request.get(file!)).text();
  const job = /<loc>[^<]*(\/jobs\/[a-z0-9-]+)<\/loc><lastmod>/.exec(jobs)?.[1];
  expect(job).toBeTruthy();
  await page.goto(job!);
  await expect(page.locator('meta[property="og:title"]')).toHaveAttribute("content", /\S/);
  await expect(page.locator('meta[property="og:description"]')).toHaveAttribute("content", /\S/);
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute("href", new RegExp(`${job}$`));
});
