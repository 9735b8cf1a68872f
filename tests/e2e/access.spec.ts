import { expect, test, type Page } from "./support/fixtures";
import { expectNoSeriousA11yViolations } from "./support/a11y";
import { adminCredentials, databaseMode, demoAccounts, errorAlert, mainNavLink, newUser, signIn, signUpCandidate, signUpCompany, submitSignIn } from "./support/app";

/** The number under a label in the admin's "At a glance" grid. */
async function stat(page: Page, label: string): Promise<number> {
  const card = page
    .getByRole("region", { name: "At a glance" })
    .locator("dl > div")
    .filter({ has: page.locator("dt", { hasText: new RegExp(`^${label}$`) }) });
  await expect(card).toHaveCount(1);
  return Number(await card.locator("dd").innerText());
}

async function expectNotAllowed(page: Page, path: string): Promise<void> {
  const response = await page.goto(path);
  expect(response?.status(), `status of ${path}`).toBe(403);
  await expect(page.getByRole("heading", { level: 1, name: "Not allowed" })).toBeVisible();
  await expect(page.getByText("Your account cannot open this page.")).toBeVisible();
  // Nothing of the admin page leaks into the answer.
  await expect(page.getByRole("heading", { name: "Skill taxonomy" })).toHaveCount(0);
}

test("the admin signs in and sees the taxonomy overview with counts from the database", async ({ page }) => {
  await signIn(page, adminCredentials(), /\/admin$/);
  await expect(page.getByRole("heading", { level: 1, name: "Skill taxonomy" })).toBeVisible();
  await expect(await mainNavLink(page, "Main", "Taxonomy")).toBeVisible();

  expect(await stat(page, "Skills")).toBeGreaterThanOrEqual(60);
  expect(await stat(page, "Skill groups")).toBeGreaterThan(0);
  expect(await stat(page, "Roles")).toBeGreaterThan(0);
  expect(await stat(page, "Role requirements")).toBeGreaterThan(0);
  expect(await stat(page, "Growth edges")).toBeGreaterThan(0);

  // The overview lists the roles with links to their public pages.
  const roles = page.getByRole("region", { name: "Roles", exact: true });
  await expect(roles.getByRole("link", { name: "Community manager", exact: true })).toHaveAttribute(
    "href",
    "/roles/community-manager-middle",
  );
  await expectNoSeriousA11yViolations(page);
});

test("a candidate gets the Not allowed page on /admin", async ({ page }) => {
  await signUpCandidate(page, newUser("candidate"));
  await expectNotAllowed(page, "/admin");
  await expectNoSeriousA11yViolations(page);
  // …and an employer's page is not theirs either.
  await expectNotAllowed(page, "/company");
});

test("an employer gets the Not allowed page on /admin", async ({ page }) => {
  await signUpCompany(page, newUser("employer"), `Not Admins Ltd ${Date.now().toString(36)}`);
  await expectNotAllowed(page, "/admin");
  await expectNotAllowed(page, "/profile");
});

test("an anonymous visitor to a private page is sent to sign in", async ({ page }) => {
  for (const path of ["/admin", "/profile", "/company", "/account"]) {
    await page.goto(path);
    await expect(page, `anonymous visit to ${path}`).toHaveURL(new RegExp(`/sign-in\\?next=${encodeURIComponent(path)}$`));
    await expect(page.getByRole("heading", { level: 1, name: "Sign in" })).toBeVisible();
  }
});

test("demo accounts exist on the embedded database only, with passwords generated for the data folder", async ({ page }) => {
  const demo = demoAccounts();
  if (databaseMode() === "embedded") {
    expect(demo.map((a) => a.role).sort()).toEqual(["ADMIN", "CANDIDATE", "EMPLOYER"]);
    // The password printed in earlier READMEs is not the one.
    await submitSignIn(page, { email: "candidate@example.com", password: "Rolemap-candidate-2026" });
    await expect(errorAlert(page)).toContainText("Wrong e-mail or password.");
    await submitSignIn(page, demo.find((a) => a.role === "CANDIDATE")!);
    await expect(page).toHaveURL(/\/profile$/);
  } else {
    expect(demo).toEqual([]);
    await submitSignIn(page, { email: "candidate@example.com", password: "Rolemap-candidate-2026" });
    await expect(errorAlert(page)).toContainText("Wrong e-mail or password.");
  }
});
