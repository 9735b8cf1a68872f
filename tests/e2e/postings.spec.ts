// Companies post a role through the wizard: every step in the browser (axe on
// each, in English and Russian), a reload mid-way loses nothing, the lint stops
// discriminatory wording, moderation sends it back with a reason and then
// publishes it. The owner invites a recruiter who edits the company's draft;
// another company cannot open it.
import { expect, guardA11y, test, type Browser, type Page } from "./support/fixtures";
import { adminCredentials, field, isPhone, newUser, signIn, signUpCompany } from "./support/app";

// Whole journeys through six steps and moderation: longer than the default minute.
test.setTimeout(240_000);

const unique = () => `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;

async function employer(browser: Browser, company: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await signUpCompany(page, newUser("employer"), company);
  return page;
}

async function switchLanguage(page: Page, to: "Русский" | "English"): Promise<void> {
  await page.getByRole("button", { name: to }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", to === "Русский" ? "ru" : "en");
}

/** axe on the step as it is, in English and in Russian. */
async function checkBothLanguages(page: Page, heading: RegExp): Promise<void> {
  await guardA11y(page);
  await switchLanguage(page, "Русский");
  await expect(page.getByRole("navigation", { name: "Шаги вакансии" })).toBeVisible();
  await guardA11y(page);
  await switchLanguage(page, "English");
  await expect(page.getByText(heading)).toBeVisible();
}

const next = (page: Page) => page.getByRole("button", { name: "Save and continue", exact: true }).click();
const saved = (page: Page) => expect(page.getByRole("status").filter({ hasText: /Draft saved at/ })).toBeVisible();

async function startPosting(page: Page): Promise<string> {
  await page.goto("/company/postings");
  await page.getByRole("button", { name: "New posting", exact: true }).click();
  await expect(page).toHaveURL(/\/company\/postings\/[^/]+\/edit\/role$/);
  return page.url().split("/").at(-3)!;
}

test("an employer goes through every step, reloads mid-way, submits; an admin sends it back with a reason, then approves it", async ({ browser }) => {
  const id = unique();
  const page = await employer(browser, `Meetups ${id}`);
  const postingId = await startPosting(page);
  await checkBothLanguages(page, /Step 1 of 6: Role/);

  // 1. The advisor: social networks for reach and offline events → both roles, with the reasons.
  await page.getByRole("checkbox", { name: "In social networks" }).check();
  await page.getByRole("checkbox", { name: "At offline events and meetups" }).check();
  await page.getByRole("radio", { name: "A large audience that does not know us yet" }).check();
  await page.getByRole("radio", { name: "Clicks, sales, reach" }).check();
  await page.getByRole("radio", { name: "Yes", exact: true }).check();
  await expect(page.getByText(/Hire both: an SMM specialist/)).toBeVisible();
  await expect(page.getByText("Organising events with real people offline is a community manager's job.")).toBeVisible();
  await page.getByRole("radio", { name: /^Community manager/ }).check();
  await next(page);

  // 2. The template: the role prefills skills and lists; a skill found by its Russian name is added.
  await expect(page).toHaveURL(/\/edit\/template$/);
  await checkBothLanguages(page, /Step 2 of 6: Template/);
  await field(page, "Role and level").selectOption({ label: "Community manager" });
  await page.getByRole("button", { name: "Fill from the template", exact: true }).click();
  await expect(page.getByText(/^15 of 15 skills, \d of 6 must-have\.$/)).toBeVisible();
  await expect(field(page, "Responsibilities (Russian)")).not.toHaveValue("");
  // At most 15 skills: one goes before another is added.
  await expect(page.getByLabel("Add a skill")).toBeDisabled();
  await page.getByRole("button", { name: /^Remove / }).last().click();
  await page.getByLabel("Add a skill").fill("таргет");
  await page.getByRole("list", { name: "Matching skills" }).getByRole("button").first().click();
  await saved(page);
  await next(page);

  // 3. Details, with a reload in the middle: what was typed is still there.
  await expect(page).toHaveURL(/\/edit\/details$/);
  await checkBothLanguages(page, /Step 3 of 6: Details/);
  await field(page, "Job title (English)").fill(`Community manager for meetups ${id}`);
  await field(page, "Job title (Russian)").fill(`Комьюнити-менеджер для митапов ${id}`);
  await saved(page);
  await page.reload();
  await expect(field(page, "Job title (English)")).toHaveValue(`Community manager for meetups ${id}`);
  await expect(field(page, "Job title (Russian)")).toHaveValue(`Комьюнити-менеджер для митапов ${id}`);
  await field(page, "Employment type").selectOption({ label: "Full-time" });
  await page.getByRole("radio", { name: "Hybrid" }).check();
  await field(page, "Country").selectOption({ label: "Russia" });
  // A hybrid job without a city, and a reversed salary: refused with the reasons, in the browser.
  await field(page, "From").fill("200000");
  await field(page, "To").fill("150000");
  await field(page, "Currency").selectOption("RUB");
  await next(page);
  await expect(page.getByText("Enter the city: the job is not fully remote.")).toBeVisible();
  await expect(page.getByText("“To” must not be less than “from”.")).toBeVisible();
  await field(page, "City").fill("Казань");
  await field(page, "From").fill("150000");
  await field(page, "To").fill("200000");
  await next(page);

  // 4. A knock-out question.
  await expect(page).toHaveURL(/\/edit\/questions$/);
  await checkBothLanguages(page, /Step 4 of 6: Questions/);
  await page.getByRole("button", { name: "Add a question", exact: true }).click();
  await field(page, "Question (English)").fill("Have you run an offline event for 100 people or more?");
  await field(page, "Question (Russian)").fill("Вы проводили офлайн-мероприятие на 100 человек и больше?");
  await page.getByRole("checkbox", { name: "Knock-out question" }).check();
  await field(page, "Required answer").selectOption({ label: "Yes" });
  await next(page);

  // 5. The description is written from the template; the lint stops a discriminatory phrase.
  await expect(page).toHaveURL(/\/edit\/description$/);
  const russian = field(page, "Description (Russian)");
  await expect(russian).toHaveValue(/## Чем предстоит заниматься/);
  await checkBothLanguages(page, /Step 5 of 6: Description/);
  await russian.fill(`${await russian.inputValue()}\nИщем девушку до 30 лет.`);
  await expect(page.getByText(/«девушку» — требование к полу|“девушку”: a requirement on sex/)).toBeVisible();
  await next(page);
  await expect(page).toHaveURL(/\/edit\/description$/);
  await expect(page.getByText(/a requirement on sex/).first()).toBeVisible();
  await russian.fill((await russian.inputValue()).replace("\nИщем девушку до 30 лет.", ""));
  await next(page);

  // 6. The preview in both languages, then submit.
  await expect(page).toHaveURL(/\/edit\/preview$/);
  await checkBothLanguages(page, /Step 6 of 6: Preview/);
  await expect(page.getByRole("heading", { name: `Community manager for meetups ${id}` })).toBeVisible();
  await expect(page.getByRole("heading", { name: `Комьюнити-менеджер для митапов ${id}` })).toBeVisible();
  await page.getByRole("button", { name: "Submit for moderation", exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`/company/postings/${postingId}\\?submitted=1$`));
  await expect(page.getByText("Awaiting moderation").first()).toBeVisible();

  // An admin sends it back with a reason.
  const admin = await (await browser.newContext()).newPage();
  await signIn(admin, adminCredentials(), /\/admin$/);
  await admin.goto("/admin/moderation");
  await admin.getByRole("link", { name: `Community manager for meetups ${id}` }).click();
  await field(admin, "Reason").fill("Name the city district of the office, please.");
  await admin.getByRole("button", { name: "Reject with this reason", exact: true }).click();
  await expect(admin).toHaveURL(/\/admin\/moderation$/);

  // The employer sees why, fixes it and submits again.
  await page.reload();
  await expect(page.getByText("Name the city district of the office, please.").first()).toBeVisible();
  await page.getByRole("link", { name: "Edit", exact: true }).click();
  await page.goto(`/company/postings/${postingId}/edit/details`);
  await field(page, "City").fill("Казань, Вахитовский район");
  await next(page);
  // The save has landed once the next step opens; the preview opened before that would hold the older version.
  await expect(page).toHaveURL(/\/edit\/questions$/);
  await page.goto(`/company/postings/${postingId}/edit/preview`);
  await page.getByRole("button", { name: "Submit for moderation", exact: true }).click();
  await expect(page.getByText("Awaiting moderation").first()).toBeVisible();

  // Not on the job board yet; an anonymous visitor's search is kept in the server's memory (lib/server/page-cache.ts).
  const visitor = await (await browser.newContext()).newPage();
  const search = `/jobs?q=${id}`;
  await visitor.goto(search);
  await visitor.goto(search);
  await expect(visitor.getByText("No jobs match this search")).toBeVisible();

  // The admin approves; the employer sees it published, and a notice.
  await admin.goto("/admin/moderation");
  await admin.getByRole("link", { name: `Community manager for meetups ${id}` }).click();
  await expect(admin.getByText("Submitted again").or(admin.getByText("Казань, Вахитовский район").first())).toBeVisible();
  await admin.getByRole("button", { name: "Approve and publish", exact: true }).click();
  await expect(admin).toHaveURL(/\/admin\/moderation$/);
  await page.reload();
  await expect(page.getByText("Published").first()).toBeVisible();
  await page.goto("/notices");
  await expect(page.getByText(`Your posting “Community manager for meetups ${id}” is published.`)).toBeVisible();
  // The same search at once finds it: publishing made the kept page stale.
  await visitor.goto(search);
  await expect(visitor.getByRole("link", { name: `Community manager for meetups ${id}` })).toBeVisible();
});

test("the owner invites a recruiter who edits the company's draft; another company cannot open it; a removed recruiter loses it", async ({ browser }) => {
  const id = unique();
  const owner = await employer(browser, `Guild ${id}`);
  const postingId = await startPosting(owner);
  await owner.getByRole("radio", { name: /^SMM specialist/ }).check();
  await next(owner);
  await expect(owner).toHaveURL(/\/edit\/template$/);

  // The invitation: by e-mail, the link also shown to the owner.
  const recruiter = newUser("recruiter");
  await owner.goto("/company");
  await field(owner, "Invite a recruiter by e-mail").fill(recruiter.email);
  await owner.getByRole("button", { name: "Send invitation", exact: true }).click();
  const link = await owner.locator("[data-invite-link]").textContent();
  expect(link).toContain("/invite/");

  const rPage = await (await browser.newContext()).newPage();
  await rPage.goto(new URL(link!).pathname);
  await expect(rPage.getByText(`Guild ${id} invites you`)).toBeVisible();
  await field(rPage, "Your name").fill(recruiter.name);
  await field(rPage, "Password").fill(recruiter.password);
  await rPage.getByRole("button", { name: "Create account and join", exact: true }).click();
  await expect(rPage).toHaveURL(/\/company\/postings$/);

  // The recruiter continues the owner's draft; the owner sees the change.
  await rPage.goto(`/company/postings/${postingId}/edit/template`);
  await field(rPage, "Role and level").selectOption({ label: "Senior SMM specialist" });
  await rPage.getByRole("button", { name: "Fill from the template", exact: true }).click();
  await saved(rPage);
  await owner.goto(`/company/postings/${postingId}/edit/template`);
  await expect(field(owner, "Role and level")).toHaveValue(/.+/);
  await expect(field(owner, "Role and level").locator("option:checked")).toHaveText("Senior SMM specialist");
  // A recruiter does not manage the team.
  await rPage.goto("/company");
  await expect(rPage.getByText("The owner invites recruiters and removes members.")).toBeVisible();
  await expect(rPage.getByRole("button", { name: "Send invitation" })).toHaveCount(0);

  // Another company: not found, by page and by posting list.
  const other = await employer(browser, `Other ${id}`);
  const response = await other.goto(`/company/postings/${postingId}/edit/template`);
  expect(response?.status()).toBe(404);
  expect((await other.goto(`/company/postings/${postingId}`))?.status()).toBe(404);

  // The owner removes the recruiter: the draft is gone for them at the next request.
  await owner.goto("/company");
  await owner.getByRole("button", { name: `Remove ${recruiter.name}` }).click();
  await owner.getByRole("button", { name: "Yes", exact: true }).click();
  await expect(owner.getByText(recruiter.email)).toHaveCount(0);
  expect((await rPage.goto(`/company/postings/${postingId}/edit/template`))?.status()).toBe(404);
  if (isPhone(owner)) await guardA11y(owner);
});
