// Places a new user used to get stuck: every one now leads somewhere.
import { adminCredentials, field, newUser, openHeaderMenu, signIn, signUpCandidate, signUpCompany, successMessage } from "./support/app";
import { expect, test } from "./support/fixtures";

test("an employer and an admin reach their account page from the header, at any width", async ({ page, browser }) => {
  await signUpCompany(page, newUser("employer"), "Menu Check Ltd");
  await openHeaderMenu(page);
  await page.getByRole("banner").getByRole("link", { name: "Account", exact: true }).click();
  await expect(page).toHaveURL(/\/account$/);
  await expect(page.getByRole("heading", { level: 1, name: "Account" })).toBeVisible();

  const admin = await (await browser.newContext({ viewport: page.viewportSize() })).newPage();
  await signIn(admin, adminCredentials(), /\/admin$/);
  await openHeaderMenu(admin);
  await admin.getByRole("banner").getByRole("link", { name: "Account", exact: true }).click();
  await expect(admin).toHaveURL(/\/account$/);
  // Escape closes the menu and gives focus back to its button.
  await openHeaderMenu(admin);
  await admin.keyboard.press("Escape");
  await expect(admin.getByRole("banner").locator("details[open]")).toHaveCount(0);
});

test("a candidate an admin made an employer creates their company instead of meeting a 404", async ({ page, browser }) => {
  const user = newUser("candidate");
  await signUpCandidate(page, user);

  const admin = await (await browser.newContext()).newPage();
  await signIn(admin, adminCredentials(), /\/admin$/);
  await admin.goto(`/admin/users?q=${encodeURIComponent(user.email)}`);
  await admin.getByLabel(`Role of ${user.email}`, { exact: true }).selectOption("EMPLOYER");
  await admin.getByRole("button", { name: `Change role: ${user.email}`, exact: true }).click();
  await expect(admin.locator("tbody tr").filter({ hasText: user.email }).locator("td").first()).toContainText("Employer");

  const response = await page.goto("/company");
  expect(response?.status()).toBe(200);
  await expect(page.getByRole("heading", { level: 1, name: "Create your company" })).toBeVisible();
  await field(page, "Company name").fill("Ирина и партнёры");
  await page.getByRole("button", { name: "Create the company", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Ирина и партнёры" })).toBeVisible();
  await expect(page.getByRole("main").getByText("Owner", { exact: true })).toBeVisible();
});

test("a malformed address is the app's own 404 page, not a server error", async ({ page }) => {
  for (const path of ["/roles/%ZZ", "/roles/%00", "/roles/%E0%A4%A", "/%ZZ"]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(404);
    await expect(page.getByRole("heading", { level: 1, name: "Page not found" })).toBeVisible();
    await expect(page).toHaveTitle("Page not found · Rolemap");
    await expect(page.getByRole("banner")).toBeVisible();
  }
  // In the reader's language too.
  await page.getByRole("button", { name: "Русский" }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", "ru");
  await page.goto("/roles/%ZZ");
  await expect(page.getByRole("heading", { level: 1, name: "Страница не найдена" })).toBeVisible();
});

test("the reset page without a link offers to send one straight away", async ({ page }) => {
  await page.goto("/reset-password");
  await expect(page.getByText("This page needs the link from a password-reset e-mail")).toBeVisible();
  await field(page, "E-mail").fill(newUser("nobody").email);
  await page.getByRole("button", { name: "Send the link", exact: true }).click();
  await expect(successMessage(page)).toContainText("If an account with this e-mail exists");
});

test("a signed-in visitor of the home page is offered their next step, not a sign-up", async ({ page }) => {
  await signUpCandidate(page, newUser("candidate"));
  await page.goto("/");
  const main = page.getByRole("main");
  await expect(main.getByRole("link", { name: "Go to my profile" })).toHaveCount(2);
  await expect(main.getByRole("link", { name: "Go to my profile" }).first()).toHaveAttribute("href", "/profile");
  await expect(main.getByRole("link", { name: "Sign up" })).toHaveCount(0);
  await expect(main.getByRole("link", { name: "Sign in" })).toHaveCount(0);
});
