import { expect, test, type Page } from "./support/fixtures";
import { expectNoSeriousA11yViolations } from "./support/a11y";
import { errorAlert, field, newUser, outbox, signIn, signOut, signUpCandidate, submitSignIn, successMessage } from "./support/app";

const SENT = "If an account with this e-mail exists, a reset link is on its way. Check your inbox.";

async function requestReset(page: Page, email: string): Promise<void> {
  await page.goto("/forgot-password");
  await field(page, "E-mail").fill(email);
  await page.getByRole("button", { name: "Send the link", exact: true }).click();
  await expect(successMessage(page)).toHaveText(SENT);
}

test("a forgotten password is reset with the e-mailed link, which works once", async ({ page }) => {
  const user = newUser("candidate");
  await signUpCandidate(page, user);
  await signOut(page);

  await page.goto("/sign-in");
  await page.getByRole("link", { name: "Forgot your password?" }).click();
  await expect(page).toHaveURL(/\/forgot-password$/);
  await expect(page.getByRole("heading", { level: 1, name: "Reset your password" })).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  // The form answers the same whether or not the account exists, and mails only real accounts.
  const stranger = `nobody-${Date.now()}@example.org`;
  await requestReset(page, stranger);
  await requestReset(page, user.email);
  await expect.poll(() => outbox().filter((m) => m.to === user.email).length).toBe(1);
  expect(outbox().filter((m) => m.to === stranger)).toEqual([]);

  const mail = outbox().find((m) => m.to === user.email)!;
  expect(mail.subject).toBe("Reset your Rolemap password");
  const link = /https?:\/\/\S+\/reset-password\?token=[\w%-]+/.exec(mail.text)?.[0];
  expect(link, `a reset link in:\n${mail.text}`).toBeTruthy();

  await page.goto(link!);
  await expect(page.getByRole("heading", { level: 1, name: "Set a new password" })).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  const newPassword = "Fresh-start-password-9";
  await field(page, "New password").fill(newPassword);
  await page.getByRole("button", { name: "Save the new password", exact: true }).click();
  await expect(successMessage(page)).toContainText("Your password has been changed. Sign in with the new password.");

  await signIn(page, { email: user.email, password: newPassword }, /\/profile$/);
  await expect(page.getByText(`Hello, ${user.name}.`)).toBeVisible();
  await signOut(page);

  await submitSignIn(page, user);
  await expect(errorAlert(page)).toHaveText("Wrong e-mail or password.");

  // The link has been used: a second use is refused and changes nothing.
  await page.goto(link!);
  await field(page, "New password").fill("Second-attempt-password-8");
  await page.getByRole("button", { name: "Save the new password", exact: true }).click();
  await expect(errorAlert(page)).toHaveText("This reset link is invalid, used or expired.");
  await submitSignIn(page, { email: user.email, password: "Second-attempt-password-8" });
  await expect(errorAlert(page)).toHaveText("Wrong e-mail or password.");
});

test("a reset link without a valid token is refused", async ({ page }) => {
  await page.goto("/reset-password?token=this-token-was-never-issued-by-the-server");
  await field(page, "New password").fill("Fresh-start-password-9");
  await page.getByRole("button", { name: "Save the new password", exact: true }).click();
  await expect(errorAlert(page)).toHaveText("This reset link is invalid, used or expired.");
  // …with the way to a new link right there.
  await page.getByRole("link", { name: "Ask for a new reset link" }).click();
  await expect(page).toHaveURL(/\/forgot-password$/);
});

test("a reset ends the sessions that were open", async ({ browser }) => {
  const user = newUser("candidate");
  const signedIn = await browser.newContext();
  const signedInPage = await signedIn.newPage();
  await signUpCandidate(signedInPage, user);

  const other = await browser.newContext();
  const page = await other.newPage();
  await requestReset(page, user.email);
  await expect.poll(() => outbox().some((m) => m.to === user.email)).toBe(true);
  const link = /https?:\/\/\S+\/reset-password\?token=[\w%-]+/.exec(outbox().find((m) => m.to === user.email)!.text)![0];
  await page.goto(link);
  await field(page, "New password").fill("Fresh-start-password-9");
  await page.getByRole("button", { name: "Save the new password", exact: true }).click();
  await expect(successMessage(page)).toBeVisible();

  await signedInPage.goto("/profile");
  await expect(signedInPage).toHaveURL(/\/sign-in(\?|$)/);
  await signedIn.close();
  await other.close();
});
