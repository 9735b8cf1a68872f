import { expect, test } from "./support/fixtures";
import { expectNoSeriousA11yViolations } from "./support/a11y";
import { errorAlert, field, headerSignOut, newUser, signIn, signOut, signUpCandidate, submitSignIn } from "./support/app";

const WRONG_CREDENTIALS = "Wrong e-mail or password.";

test("a candidate signs up, signs out, and signs in again", async ({ page }) => {
  const user = newUser("candidate");

  await page.goto("/sign-up");
  await expect(page.getByRole("link", { name: "I am looking for work" })).toHaveAttribute("aria-current", "page");
  await expectNoSeriousA11yViolations(page);
  await signUpCandidate(page, user);
  await expect(page.getByRole("heading", { level: 1, name: "My profile" })).toBeVisible();
  await expect(page.getByText(`Hello, ${user.name}.`)).toBeVisible();
  await expect(field(page, "Name")).toHaveValue(user.name);
  await expectNoSeriousA11yViolations(page);

  await signOut(page);
  await page.goto("/profile");
  await expect(page).toHaveURL(/\/sign-in\?next=%2Fprofile$/);
  await expect(page.getByRole("heading", { level: 1, name: "Sign in" })).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  // The sign-in form on the redirect keeps `next`: it lands back on /profile.
  await submitSignIn(page, user, "");
  await expect(page).toHaveURL(/\/profile$/);
  await expect(page.getByText(`Hello, ${user.name}.`)).toBeVisible();

  await signOut(page);
  await signIn(page, user, /\/profile$/);
  await expect(headerSignOut(page)).toBeAttached();
});

test("a wrong password and an unknown e-mail get the very same answer", async ({ page }) => {
  const user = newUser("candidate");
  await signUpCandidate(page, user);
  await signOut(page);

  await submitSignIn(page, { email: user.email, password: `${user.password}x` });
  await expect(errorAlert(page)).toHaveText(WRONG_CREDENTIALS);
  await expect(page).toHaveURL(/\/sign-in$/);

  await submitSignIn(page, { email: `nobody-${Date.now()}@example.org`, password: user.password });
  await expect(errorAlert(page)).toHaveText(WRONG_CREDENTIALS);
  await expect(page).toHaveURL(/\/sign-in$/);
  await expect(headerSignOut(page)).not.toBeAttached();
});

test("a weak password is refused at sign-up and creates no account", async ({ page }) => {
  const user = { ...newUser("candidate"), password: "short1" };
  await page.goto("/sign-up");
  await field(page, "Your name").fill(user.name);
  await field(page, "E-mail").fill(user.email);
  await field(page, "Password").fill(user.password);
  await page.getByRole("button", { name: "Create candidate account", exact: true }).click();

  await expect(page.getByText("Use at least 10 characters.", { exact: true })).toBeVisible();
  await expect(field(page, "Password")).toHaveAttribute("aria-invalid", "true");
  await expect(page).toHaveURL(/\/sign-up$/);
  await expectNoSeriousA11yViolations(page);

  // Letters only: the policy wants a digit too.
  await field(page, "Password").fill("onlyletterspassword");
  await page.getByRole("button", { name: "Create candidate account", exact: true }).click();
  await expect(page.getByText("Use at least one letter and one digit.", { exact: true })).toBeVisible();
  await expect(page).toHaveURL(/\/sign-up$/);

  await submitSignIn(page, user);
  await expect(errorAlert(page)).toHaveText(WRONG_CREDENTIALS);
  await submitSignIn(page, { ...user, password: "onlyletterspassword" });
  await expect(errorAlert(page)).toHaveText(WRONG_CREDENTIALS);
});

test("signing up with an e-mail that is taken says the account exists", async ({ browser }) => {
  const user = newUser("candidate");
  const first = await browser.newContext();
  await signUpCandidate(await first.newPage(), user);
  await first.close();

  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto("/sign-up");
  await field(page, "Your name").fill("Someone Else");
  // Case and spaces do not make a new address.
  await field(page, "E-mail").fill(`  ${user.email.toUpperCase()} `);
  await field(page, "Password").fill("Another-password-77");
  await page.getByRole("button", { name: "Create candidate account", exact: true }).click();

  await expect(
    page.getByText("An account with this e-mail already exists. Sign in instead, or reset your password.", { exact: true }),
  ).toBeVisible();
  await expect(field(page, "E-mail")).toHaveAttribute("aria-invalid", "true");
  await expect(page).toHaveURL(/\/sign-up$/);
  await expectNoSeriousA11yViolations(page);

  // The first account is untouched: its password still works, the second one does not.
  await submitSignIn(page, { email: user.email, password: "Another-password-77" });
  await expect(errorAlert(page)).toHaveText(WRONG_CREDENTIALS);
  await signIn(page, user, /\/profile$/);
  await context.close();
});
