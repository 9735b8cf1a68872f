// Applications and the pipeline (issue 11): a candidate applies from a job
// page answering the screening questions (a required answer left out first);
// the demo company's owner sees the applicant ranked with the knock-out flag,
// filters, moves them to interview and adds a private note; the candidate sees
// the new stage (and a notice) but never the note, withdraws another
// application, and reads it all in Russian. Axe runs on every page (the
// fixtures' guards).
import { expect, test, type Browser, type Page } from "./support/fixtures";
import { employerCredentials, field, newUser, signIn, signUpCandidate, successMessage, type NewUser } from "./support/app";

const WITH_QUESTIONS = "Community manager for an ambassador programme";
const WITHOUT_QUESTIONS = "Social media manager, food and lifestyle brands";

async function openJob(page: Page, words: string, title: string): Promise<void> {
  await page.goto(`/jobs?q=${encodeURIComponent(words)}`);
  await page.getByRole("link", { name: title, exact: true }).first().click();
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
}

async function employerPage(browser: Browser): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await signIn(page, employerCredentials(), /\/company$/);
  return page;
}

async function openApplicants(page: Page): Promise<void> {
  await page.goto("/company/postings");
  await page.getByRole("link", { name: WITH_QUESTIONS, exact: true }).first().click();
  await page.getByRole("link", { name: /^Applicants \(\d+\)$/ }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Applicants" })).toBeVisible();
}

test("a candidate applies answering the questions; the company ranks, flags, moves and notes; the candidate follows and withdraws", async ({ page, browser }) => {
  const candidate: NewUser = newUser("applicant");
  await signUpCandidate(page, candidate);

  // The form: what the company receives, a cover note, the two questions.
  await openJob(page, "ambassador programme", WITH_QUESTIONS);
  const apply = page.getByRole("complementary", { name: "Apply" });
  await expect(apply).toContainText("no past roles");
  await field(page, "Cover note (optional)").fill("Веду сообщество амбассадоров бренда кофе уже два года.");
  // A required answer left out: the question says so, and the note typed stays.
  await page.getByRole("button", { name: "Send the application" }).click();
  await expect(apply.getByText("This field is required.").first()).toBeVisible();
  await expect(field(page, "Cover note (optional)")).toHaveValue("Веду сообщество амбассадоров бренда кофе уже два года.");
  // "No" to the knock-out question (weekday evenings).
  await apply.getByRole("group", { name: "Can you host offline meetups on some weekday evenings?" }).getByLabel("No").check();
  await field(page, "Which community are you proud of, and why?").fill("Клуб любителей настольных игр");
  await page.getByRole("button", { name: "Send the application" }).click();
  await expect(successMessage(page)).toContainText("Your application is sent.");
  await page.reload();
  await expect(apply).toContainText(/You applied on .+\. Stage: New\./);

  // A second application, to withdraw later.
  await openJob(page, "food lifestyle", WITHOUT_QUESTIONS);
  await page.getByRole("button", { name: "Send the application" }).click();
  await expect(successMessage(page)).toContainText("Your application is sent.");

  // The company: ranked by fit, the knock-out flagged; the filter of passed knock-outs leaves the candidate out.
  const employer = await employerPage(browser);
  await openApplicants(employer);
  const row = employer.getByRole("listitem").filter({ has: employer.getByRole("link", { name: candidate.name, exact: true }) });
  await expect(row).toContainText("1 knock-out answer is not as required");
  await expect(row).toContainText("Fit 0%");
  const list = employer.getByRole("list", { name: "Applicants" });
  const names = await list.getByRole("heading", { level: 2 }).allTextContents();
  expect(names.indexOf(candidate.name)).toBeGreaterThan(0); // the demo applicants with skills rank above a profile without any
  await employer.getByLabel("Knock-out questions passed only").check();
  await employer.getByRole("button", { name: "Show", exact: true }).click();
  await expect(employer).toHaveURL(/knockouts=passed/);
  await expect(employer.getByRole("link", { name: candidate.name, exact: true })).toHaveCount(0);
  await employer.getByLabel("Knock-out questions passed only").uncheck();
  await employer.getByRole("button", { name: "Show", exact: true }).click();

  // One applicant: the answers with the flag, then interview and a private note.
  await employer.getByRole("link", { name: candidate.name, exact: true }).click();
  await expect(employer.getByText("Клуб любителей настольных игр")).toBeVisible();
  await expect(employer.getByText("Not the answer the posting requires")).toBeVisible();
  await expect(employer.getByText(candidate.email)).toBeVisible();
  await field(employer, "Move to").selectOption({ label: "Interview" });
  await employer.getByRole("button", { name: "Move", exact: true }).click();
  await expect(successMessage(employer)).toContainText("Moved to Interview.");
  await field(employer, "New note").fill("Позвонить во вторник: уточнить про вечера");
  await employer.getByRole("button", { name: "Add the note" }).click();
  await expect(employer.getByText("Позвонить во вторник: уточнить про вечера")).toBeVisible();
  // The export has the applicant.
  const csv = await employer.request.get(`${employer.url().replace(/\/applicants\/[^/]+$/, "")}/applicants.csv`);
  expect(csv.status()).toBe(200);
  expect(await csv.text()).toContain(candidate.name);

  // The candidate: the new stage and a notice; the note nowhere.
  await page.goto("/notices");
  await expect(page.getByText(`Your application to “${WITH_QUESTIONS}” moved to: interview.`)).toBeVisible();
  await page.getByRole("link", { name: "Open my applications" }).first().click();
  await expect(page).toHaveURL(/\/applications$/);
  const mine = page.getByRole("listitem").filter({ hasText: WITH_QUESTIONS });
  await expect(mine).toContainText("Interview");
  await expect(page.getByText("Позвонить во вторник")).toHaveCount(0);

  // Withdraw the other one, with a second click to confirm.
  await page.getByRole("button", { name: `Withdraw the application to ${WITHOUT_QUESTIONS}` }).click();
  await page.getByRole("group", { name: "Withdraw this application? The company will see it withdrawn." }).getByRole("button", { name: "Withdraw" }).click();
  await expect(page.getByRole("listitem").filter({ hasText: WITHOUT_QUESTIONS })).toContainText("Withdrawn");

  // In Russian.
  await page.getByRole("button", { name: "Русский" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Мои отклики" })).toBeVisible();
  await expect(page.getByRole("listitem").filter({ hasText: "Комьюнити-менеджер амбассадорской программы" })).toContainText("Собеседование");
  await expect(page.getByRole("listitem").filter({ hasText: "Менеджер социальных сетей" })).toContainText("Отозван");
});

test("a visitor is asked to sign in to apply, and comes back to the job after signing up", async ({ page }) => {
  await openJob(page, "ambassador programme", WITH_QUESTIONS);
  await page.getByRole("complementary", { name: "Apply" }).getByRole("link", { name: "Create an account" }).click();
  const user = newUser("visitor");
  await field(page, "Your name").fill(user.name);
  await field(page, "E-mail").fill(user.email);
  await field(page, "Password").fill(user.password);
  await page.getByRole("button", { name: "Create candidate account", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: WITH_QUESTIONS })).toBeVisible();
  await expect(page.getByRole("button", { name: "Send the application" })).toBeVisible();
});

test("another company cannot open this company's applicants, their notes or the export", async ({ page, browser }) => {
  const employer = await employerPage(browser);
  await openApplicants(employer);
  const listUrl = new URL(employer.url()).pathname;
  await employer.getByRole("list", { name: "Applicants" }).getByRole("link").first().click();
  const applicantUrl = new URL(employer.url()).pathname;

  const other = newUser("rival");
  await page.goto("/sign-up?as=company");
  await field(page, "Your name").fill(other.name);
  await field(page, "Company name").fill(`Rival ${other.name}`);
  await field(page, "E-mail").fill(other.email);
  await field(page, "Password").fill(other.password);
  await page.getByRole("button", { name: "Create company account", exact: true }).click();
  await expect(page).toHaveURL(/\/company$/);
  for (const path of [listUrl, applicantUrl]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(404);
  }
  expect((await page.request.get(`${listUrl}.csv`)).status()).toBe(404);
});
