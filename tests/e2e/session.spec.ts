import { expect, test } from "./support/fixtures";
import { expectNoSeriousA11yViolations } from "./support/a11y";
import { field, headerSignOut, newUser, signIn, signOut, signUpCandidate, successMessage } from "./support/app";

const SESSION_COOKIE = /^(__Secure-)?next-auth\.session-token$/;

test("signing out ends the session on the server: a copied cookie no longer works", async ({ browser }) => {
  const user = newUser("candidate");
  const a = await browser.newContext();
  const page = await a.newPage();
  await signUpCandidate(page, user);

  const cookie = (await a.cookies()).find((c) => SESSION_COOKIE.test(c.name));
  expect(cookie, "session cookie after sign-up").toBeDefined();

  // While the session lives, the copied cookie signs another browser in.
  const copy = await browser.newContext();
  await copy.addCookies([cookie!]);
  const copyPage = await copy.newPage();
  await copyPage.goto("/profile");
  await expect(copyPage.getByText(`Hello, ${user.name}.`)).toBeVisible();
  await copy.close();

  await signOut(page);

  const replay = await browser.newContext();
  await replay.addCookies([cookie!]);
  const replayPage = await replay.newPage();
  await replayPage.goto("/profile");
  await expect(replayPage).toHaveURL(/\/sign-in(\?|$)/);
  await expect(replayPage.getByRole("heading", { level: 1, name: "Sign in" })).toBeVisible();
  await expect(headerSignOut(replayPage)).not.toBeAttached();
  await replay.close();
  await a.close();
});

test("changing the password ends the user's other sessions but keeps this one", async ({ browser }) => {
  const user = newUser("candidate");
  const a = await browser.newContext();
  const pageA = await a.newPage();
  await signUpCandidate(pageA, user);

  const b = await browser.newContext();
  const pageB = await b.newPage();
  await signIn(pageB, user, /\/profile$/);

  await pageA.goto("/account");
  await expect(pageA.getByRole("heading", { level: 1, name: "Account" })).toBeVisible();
  await expect(pageA.getByRole("main").getByText(user.email, { exact: true })).toBeVisible();
  await expectNoSeriousA11yViolations(pageA);

  const newPassword = "Brand-new-secret-2027";
  await field(pageA, "Current password").fill(user.password);
  await field(pageA, "New password").fill(newPassword);
  await pageA.getByRole("button", { name: "Change password", exact: true }).click();
  await expect(successMessage(pageA)).toHaveText("Password changed. Your other sessions have been ended.");

  await pageB.goto("/profile");
  await expect(pageB).toHaveURL(/\/sign-in(\?|$)/);

  await pageA.goto("/profile");
  await expect(pageA).toHaveURL(/\/profile$/);
  await expect(pageA.getByText(`Hello, ${user.name}.`)).toBeVisible();

  // B signs in again with the new password; the old one is gone.
  await signIn(pageB, { email: user.email, password: newPassword }, /\/profile$/);
  await a.close();
  await b.close();
});

test("changing the password needs the current one", async ({ page }) => {
  const user = newUser("candidate");
  await signUpCandidate(page, user);
  await page.goto("/account");
  await field(page, "Current password").fill("Not-my-password-1");
  await field(page, "New password").fill("Brand-new-secret-2027");
  await page.getByRole("button", { name: "Change password", exact: true }).click();
  await expect(page.getByText("The current password is wrong.", { exact: true })).toBeVisible();
  await expect(successMessage(page)).toHaveCount(0);
  await page.goto("/profile");
  await expect(page).toHaveURL(/\/profile$/);
});
