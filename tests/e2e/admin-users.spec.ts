// The admin's users page: disabling an account and changing a role take effect
// on the user's very next request, in a browser that is already signed in.
import { expect, test, type Browser, type Page } from "./support/fixtures";
import { expectNoSeriousA11yViolations } from "./support/a11y";
import { adminCredentials, errorAlert, newUser, signIn, signUpCandidate, submitSignIn, type NewUser } from "./support/app";

async function adminOnUsersPage(browser: Browser, email: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await signIn(page, adminCredentials(), /\/admin$/);
  await page.goto(`/admin/users?q=${encodeURIComponent(email)}`);
  await expect(page.getByRole("heading", { level: 1, name: "Users" })).toBeVisible();
  await expect(page.getByText(email, { exact: true })).toBeVisible();
  return page;
}

async function candidateSignedIn(browser: Browser): Promise<{ page: Page; user: NewUser }> {
  const page = await (await browser.newContext()).newPage();
  const user = newUser("candidate");
  await signUpCandidate(page, user);
  return { page, user };
}

/** The user's row: a table row on wide screens, a card on phones. */
const userRow = (page: Page, email: string) => page.locator("tbody tr").filter({ hasText: email });

test("disabling an account asks first, then ends its open session and refuses its sign-in", async ({ browser }) => {
  const { page: candidate, user } = await candidateSignedIn(browser);
  const admin = await adminOnUsersPage(browser, user.email);
  await expectNoSeriousA11yViolations(admin);

  // The button's accessible name starts with what it shows (WCAG 2.5.3): voice control finds it by "Disable".
  const disable = admin.getByRole("button", { name: `Disable: ${user.email}`, exact: true });
  await expect(disable).toHaveText("Disable");
  await disable.click();
  const confirmation = admin.getByRole("group", { name: new RegExp(`^Disable ${user.email}\\?`) });
  await expect(confirmation).toBeVisible();
  await expect(confirmation.getByRole("button", { name: "Yes, disable" })).toBeFocused();
  await expectNoSeriousA11yViolations(admin);
  // Cancel changes nothing.
  await confirmation.getByRole("button", { name: "Cancel" }).click();
  await expect(userRow(admin, user.email).getByText("Active", { exact: true })).toBeVisible();
  await candidate.goto("/profile");
  await expect(candidate).toHaveURL(/\/profile$/);

  await disable.click();
  await confirmation.getByRole("button", { name: "Yes, disable" }).click();
  await expect(admin.getByRole("button", { name: `Enable: ${user.email}`, exact: true })).toBeVisible();
  await expect(userRow(admin, user.email).getByText("Disabled", { exact: true })).toBeVisible();

  await candidate.goto("/profile");
  await expect(candidate).toHaveURL(/\/sign-in/);
  await submitSignIn(candidate, user, "");
  await expect(errorAlert(candidate)).toHaveText("This account has been disabled. Contact the Rolemap team.");

  // Enabled again (no question asked), the same password works.
  await admin.getByRole("button", { name: `Enable: ${user.email}`, exact: true }).click();
  await expect(admin.getByRole("button", { name: `Disable: ${user.email}`, exact: true })).toBeVisible();
  await submitSignIn(candidate, user);
  await expect(candidate).toHaveURL(/\/profile$/);
});

test("a role change applies to a session that is already open", async ({ browser }) => {
  const { page: candidate, user } = await candidateSignedIn(browser);
  expect((await candidate.goto("/admin"))?.status()).toBe(403);

  const admin = await adminOnUsersPage(browser, user.email);
  await admin.getByLabel(`Role of ${user.email}`, { exact: true }).selectOption("ADMIN");
  const change = admin.getByRole("button", { name: `Change role: ${user.email}`, exact: true });
  await expect(change).toHaveText("Change role");
  await change.click();
  // The row is headed by the user; its first cell is the role.
  await expect(userRow(admin, user.email).locator("td").first()).toContainText("Admin");

  // Same cookie, new rights: the admin page opens, the candidate's profile does not.
  const response = await candidate.goto("/admin");
  expect(response?.status()).toBe(200);
  await expect(candidate.getByRole("heading", { level: 1, name: "Skill taxonomy" })).toBeVisible();
  expect((await candidate.goto("/profile"))?.status()).toBe(403);
});

test("an admin cannot change their own account from the list", async ({ page }) => {
  const admin = adminCredentials();
  await signIn(page, admin, /\/admin$/);
  await page.goto(`/admin/users?q=${encodeURIComponent(admin.email)}`);
  const row = userRow(page, admin.email);
  await expect(row.getByText("This is you", { exact: true })).toBeVisible();
  await expect(row.getByRole("button")).toHaveCount(0);
});

test("the search finds what was typed, literally, and says when a search is too long", async ({ browser }) => {
  const { user } = await candidateSignedIn(browser);
  const admin = await adminOnUsersPage(browser, user.email);
  // % and _ are characters, not wildcards that list everybody.
  for (const q of ["%", "_"]) {
    await admin.goto(`/admin/users?q=${encodeURIComponent(q)}`);
    await expect(admin.getByText("0 users", { exact: true })).toBeVisible();
    await expect(admin.locator("tbody tr")).toHaveCount(0);
  }
  await expect(admin.getByRole("searchbox", { name: "Search" })).toHaveAttribute("maxlength", "100");
  await admin.goto(`/admin/users?q=${"a".repeat(101)}`);
  await expect(admin.getByText("Search for at most 100 characters: a longer text was not searched.")).toBeVisible();
  await expect(admin.locator("tbody tr")).toHaveCount(0);
});
