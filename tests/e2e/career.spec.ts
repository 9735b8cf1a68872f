// The candidate's career map (issue 10): a new candidate fills in a
// background partly by pasting a Russian text, sees "you are here" and the
// map in English and Russian, picks "lead of community managers" as a target,
// adds a missing skill and sees the fit rise; the map's keyboard path. Axe
// runs on every page (the fixtures' guards).
import { expect, test, type Page } from "./support/fixtures";
import { field, newUser, signUpCandidate, successMessage } from "./support/app";

const ABOUT_ME =
  "Три года работала модератором сообществ в Telegram: разрешала конфликты и следила за правилами. " +
  "Сейчас организую офлайн-встречи и мероприятия для участников.";

/** The gap plan's fit, as a number. */
async function planFit(page: Page): Promise<number> {
  const text = await page.getByRole("heading", { name: /^Gap plan: / }).locator("xpath=ancestor::section[1]").getByText(/^Fit \d+%$/).textContent();
  return Number(/(\d+)/.exec(text ?? "")?.[1]);
}

test("a candidate maps a moderator's background onto the growth paths and works on a gap", async ({ page }) => {
  await signUpCandidate(page, newUser("career"));
  await page.getByRole("link", { name: "Fill in your background" }).click();
  await expect(page).toHaveURL(/\/profile\/background$/);

  // Paste a Russian "about me": roles and skills come back as suggestions, nothing is saved yet.
  await field(page, "Paste your CV or a few lines about yourself (Russian or English)").fill(ABOUT_ME);
  await page.getByRole("button", { name: "Find skills and roles" }).click();
  await page.getByRole("checkbox", { name: /Community moderator/ }).check();
  await page.getByRole("checkbox", { name: /Conflict resolution/ }).check();
  await page.getByRole("checkbox", { name: /Event organisation/ }).check();
  await page.getByRole("button", { name: "Add 3 to the form" }).click();

  // The suggested role gets its years and becomes the current one; the job title is left empty.
  await field(page, "Years").fill("3");
  await page.getByRole("checkbox", { name: "My current role" }).check();
  await page.getByRole("combobox", { name: "Level of Conflict resolution" }).selectOption("4");
  // A link that is not http(s) is refused with a field error, and nothing is lost.
  await page.getByLabel("Evidence (optional)").first().fill("javascript:alert(1)");
  await page.getByRole("button", { name: "Save background" }).click();
  await expect(page.getByText("A link must start with http:// or https://.")).toBeVisible();
  await page.getByLabel("Evidence (optional)").first().fill("Ran a 5,000-member Telegram chat");
  await page.getByRole("button", { name: "Save background" }).click();
  await expect(successMessage(page)).toContainText("Saved");

  // The map: "you are here" with its reasons, the bridge into community management.
  await page.getByRole("link", { name: "See your career map" }).click();
  await expect(page).toHaveURL(/\/career$/);
  const here = page.getByRole("heading", { name: "You are here" }).locator("xpath=ancestor::section[1]");
  await expect(here).toContainText("Community moderator");
  await expect(here).toContainText("It is your current role.");
  const junior = page.locator("#role-community-manager-junior");
  await expect(junior).toContainText("Lateral move");
  await expect(junior).toContainText(/\d+ of \d+ skills match/);

  // The target: lead of community managers; its missing skills become the checklist.
  await page.getByRole("button", { name: "Make Community team lead my target" }).click();
  await expect(page.getByRole("heading", { name: "Gap plan: Community team lead" })).toBeVisible();
  const before = await planFit(page);
  await page.getByRole("list", { name: "Skills for the target role" }).getByRole("button", { name: /^Add .* to my profile at level \d$/ }).first().click();
  await expect.poll(() => planFit(page)).toBeGreaterThan(before);

  // The job board: each card says how the candidate's skills match, and the board sorts by it.
  await page.goto("/jobs?sort=fit");
  const first = page.getByRole("list", { name: "Results" }).getByRole("listitem").first();
  await expect(first).toContainText(/\d+ of \d+ skills match/);
  await expect(first).toContainText(/Fit \d+%/);
  await first.getByRole("link").first().click();
  await expect(page.getByRole("region", { name: "Your match" })).toContainText(/\d+ of \d+ skills match/);
  // The profile recommends the jobs that fit best, with the reason.
  await page.goto("/profile");
  await expect(page.getByRole("heading", { name: "Jobs that fit you" }).locator("xpath=ancestor::section[1]")).toContainText(/skills match/);

  // The same map in Russian.
  await page.goto("/career");
  await page.getByRole("button", { name: "Русский" }).click();
  await expect(page.getByRole("heading", { name: "Вы здесь" })).toBeVisible();
  await expect(page.getByText("Модератор сообществ").first()).toBeVisible();
  await expect(page.getByRole("heading", { name: "План развития: Руководитель команды комьюнити-менеджеров" })).toBeVisible();
});

test("the map can be walked by keyboard: a role in the graph leads to its entry in the list", async ({ page }) => {
  await signUpCandidate(page, newUser("keys"));
  await page.goto("/career");
  await expect(page.getByText("Add your roles and skills, and the map will show where you stand.")).toBeVisible();
  const node = page.locator(".react-flow__node a").filter({ hasText: "Community team lead" });
  // The graph draws its nodes once it has measured them in the browser: press Enter on the drawn link.
  await expect(node).toBeVisible();
  await expect(node).toHaveAttribute("href", "#role-community-lead");
  await node.press("Enter");
  await expect(page).toHaveURL(/#role-community-lead$/);
  // From the list entry, the target button is reachable and works by keyboard.
  const target = page.getByRole("button", { name: "Make Community team lead my target" });
  await target.focus();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { name: "Gap plan: Community team lead" })).toBeVisible();
});

test("a visitor without an account asks where a moderator can go, and sees the steps with a typical fit", async ({ page }) => {
  await page.goto("/roles");
  await page.getByLabel(/I am a…/).selectOption({ label: "Community moderator" });
  await page.getByRole("button", { name: "Where can I go?" }).click();
  await expect(page).toHaveURL(/\/roles\?from=moderator/);
  const paths = page.locator("#where-next");
  await expect(paths.getByRole("heading", { name: "Where can you go from Community moderator?" })).toBeVisible();
  const junior = paths.getByRole("listitem").filter({ has: page.getByRole("heading", { name: "Junior community manager", exact: true }) });
  await expect(junior).toContainText("Lateral move");
  await expect(junior).toContainText(/A typical holder fits \d+%/);
  await expect(paths.getByRole("link", { name: "Sign up to map your own skills and see your own fit" })).toBeVisible();
  // The same on the role's own page.
  await page.goto("/roles/community-manager-senior");
  await expect(page.locator("#where-next")).toContainText("Community team lead");
});
