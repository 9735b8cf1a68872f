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

test("disabling an account ends its open session and refuses its sign-in", async ({ browser }) => {
  const { page: candidate, user } = await candidateSignedIn(browser);
  const admin = await adminOnUsersPage(browser, user.email);
  await expectNoSeriousA11yViolations(admin);

  await admin.getByRole("button", { name: `Disable ${user.email}`, exact: true }).click();
  await expect(admin.getByRole("button", { name: `Enable ${user.email}`, exact: true })).toBeVisible();
  await expect(admin.getByRole("row", { name: new RegExp(user.email) }).getByText("Disabled", { exact: true })).toBeVisible();

  await candidate.goto("/profile");
  await expect(candidate).toHaveURL(/\/sign-in/);
  await submitSignIn(candidate, user, "");
  await expect(errorAlert(candidate)).toHaveText("This account has been disabled. Contact the Rolemap team.");

  // Enabled again, the same password works.
  await admin.getByRole("button", { name: `Enable ${user.email}`, exact: true }).click();
  await expect(admin.getByRole("button", { name: `Disable ${user.email}`, exact: true })).toBeVisible();
  await submitSignIn(candidate, user);
  await expect(candidate).toHaveURL(/\/profile$/);
});

test("a role change applies to a session that is already open", async ({ browser }) => {
  const { page: candidate, user } = await candidateSignedIn(browser);
  expect((await candidate.goto("/admin"))?.status()).toBe(403);

  const admin = await adminOnUsersPage(browser, user.email);
  await admin.getByLabel(`Role of ${user.email}`, { exact: true }).selectOption("ADMIN");
  await admin.getByRole("button", { name: `Change the role of ${user.email}`, exact: true }).click();
  await expect(admin.getByRole("row", { name: new RegExp(user.email) }).getByRole("cell", { name: "Admin", exact: true })).toBeVisible();

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
  const row = page.getByRole("row", { name: new RegExp(admin.email) });
  await expect(row.getByText("This is you", { exact: true })).toBeVisible();
  await expect(row.getByRole("button")).toHaveCount(0);
});
