import { expect, test, type Page } from "./support/fixtures";
import { expectNoSeriousA11yViolations } from "./support/a11y";
import { headerLink, mainNavLink, newUser, signIn, signOut, signUpCandidate } from "./support/app";

async function expectEnglish(page: Page): Promise<void> {
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(await mainNavLink(page, "Main", "Roles")).toBeVisible();
  await expect(page.getByRole("button", { name: "English" })).toHaveAttribute("aria-pressed", "true");
}

async function expectRussian(page: Page): Promise<void> {
  await expect(page.locator("html")).toHaveAttribute("lang", "ru");
  await expect(await mainNavLink(page, "Главное меню", "Роли")).toBeVisible();
  await expect(page.getByRole("button", { name: "Русский" })).toHaveAttribute("aria-pressed", "true");
}

test("the language switch turns the site Russian and back, and the choice survives a reload", async ({ page }) => {
  await page.goto("/");
  await expectEnglish(page);
  await expect(page.getByRole("heading", { level: 1, name: "Hire and grow SMM specialists and community managers" })).toBeVisible();

  // The switch shows "EN" / "RU"; each button is named by its language.
  await expect(page.getByRole("button", { name: "Русский" })).toHaveText(/^ru$/i);
  await page.getByRole("button", { name: "Русский" }).click();
  await expectRussian(page);
  await expect(await headerLink(page, "Войти")).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  await page.reload();
  await expectRussian(page);

  await page.goto("/roles");
  await expect(page.getByRole("heading", { level: 1, name: "Роли" })).toBeVisible();

  await page.getByRole("button", { name: "English" }).click();
  await expectEnglish(page);
  await expect(page.getByRole("heading", { level: 1, name: "Roles" })).toBeVisible();
  await page.reload();
  await expectEnglish(page);
});

test("a signed-in candidate's language choice is kept on the account", async ({ browser }) => {
  const user = newUser("candidate");
  const first = await browser.newContext();
  const page = await first.newPage();
  await signUpCandidate(page, user);
  await expectEnglish(page);

  await page.getByRole("button", { name: "Русский" }).click();
  await expectRussian(page);
  await expect(page.getByRole("heading", { level: 1, name: "Мой профиль" })).toBeVisible();
  await signOut(page, "Выйти");
  await expect(await headerLink(page, "Войти")).toBeVisible();
  await first.close();

  // A browser that has never seen the site, asking for English, gets the account's language after sign-in.
  const second = await browser.newContext({ locale: "en-US" });
  const fresh = await second.newPage();
  await fresh.goto("/sign-in");
  await expectEnglish(fresh);
  await signIn(fresh, user, /\/profile$/);
  await expectRussian(fresh);
  await expect(fresh.getByRole("heading", { level: 1, name: "Мой профиль" })).toBeVisible();

  // Back to English: the account keeps that too, even for a browser that asks for Russian.
  await fresh.getByRole("button", { name: "English" }).click();
  await expectEnglish(fresh);
  await second.close();

  const third = await browser.newContext({ locale: "ru-RU" });
  const russianBrowser = await third.newPage();
  await russianBrowser.goto("/sign-in");
  await expectRussian(russianBrowser);
  await russianBrowser.getByLabel("Электронная почта", { exact: true }).fill(user.email);
  await russianBrowser.getByLabel("Пароль", { exact: true }).fill(user.password);
  await russianBrowser.getByRole("button", { name: "Войти", exact: true }).click();
  await expect(russianBrowser).toHaveURL(/\/profile$/);
  await expectEnglish(russianBrowser);
  await expect(russianBrowser.getByRole("heading", { level: 1, name: "My profile" })).toBeVisible();
  await third.close();
});
