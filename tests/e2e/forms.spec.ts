// Forms filled the way people fill them: optional fields left empty, Russian
// text and a Russian interface, internationalised e-mail addresses, too much text.
import { adminCredentials, errorAlert, field, newUser, signIn, signOut, signUpCandidate, signUpCompany, successMessage } from "./support/app";
import { expect, test, type Page } from "./support/fixtures";

async function toRussian(page: Page): Promise<void> {
  await page.getByRole("button", { name: "Русский" }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", "ru");
}

test("a candidate saves the profile with the optional fields empty, in Russian", async ({ page }) => {
  await signUpCandidate(page, newUser("candidate"));
  await toRussian(page);
  await page.getByLabel("Имя", { exact: true }).fill("Анна Смирнова");
  for (const label of ["Кратко о себе", "Город", "О себе"]) await expect(page.getByLabel(label, { exact: true })).toHaveValue("");
  await page.getByRole("button", { name: "Сохранить", exact: true }).click();
  await expect(successMessage(page)).toHaveText("Сохранено.");
  await expect(errorAlert(page)).toHaveCount(0);

  // Filled, then emptied again: empty means "not given".
  await page.getByLabel("Город", { exact: true }).fill("Казань");
  await page.getByLabel("О себе", { exact: true }).fill("Модерировала чаты, провожу митапы.");
  await page.getByRole("button", { name: "Сохранить", exact: true }).click();
  await expect(successMessage(page)).toHaveText("Сохранено.");
  await page.getByLabel("Город", { exact: true }).fill("");
  await page.getByLabel("Язык интерфейса и писем", { exact: true }).selectOption("en");
  await page.getByRole("button", { name: "Сохранить", exact: true }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await page.reload();
  await expect(field(page, "Name")).toHaveValue("Анна Смирнова");
  await expect(field(page, "City")).toHaveValue("");
  await expect(field(page, "About you")).toHaveValue("Модерировала чаты, провожу митапы.");
});

test("a company saves its profile with size 'not specified' and no website or description", async ({ page }) => {
  await signUpCompany(page, newUser("employer"), "Северный ветер");
  await expect(field(page, "Company size")).toHaveValue("");
  await field(page, "Company name").fill("Северный ветер и партнёры");
  await page.getByRole("button", { name: "Save", exact: true }).click();
  await expect(successMessage(page)).toHaveText("Saved.");
  await page.reload();
  await expect(page.getByRole("heading", { level: 1, name: "Северный ветер и партнёры" })).toBeVisible();
  await expect(field(page, "Company size")).toHaveValue("");
});

test("fields stop at their limit, and a server message is in the reader's language with the limit", async ({ page }) => {
  await signUpCandidate(page, newUser("candidate"));
  await expect(field(page, "Headline")).toHaveAttribute("maxlength", "120");
  await field(page, "Headline").fill("к".repeat(300));
  await expect(field(page, "Headline")).toHaveValue("к".repeat(120));
  await expect(field(page, "About you")).toHaveAttribute("maxlength", "2000");

  await signOut(page);
  await signUpCompany(page, newUser("employer"), "Harbour");
  await toRussian(page);
  await page.getByLabel("Сайт", { exact: true }).fill("сайт без протокола");
  await page.getByRole("button", { name: "Сохранить", exact: true }).click();
  await expect(page.getByText("Введите полный адрес сайта, начиная с http:// или https://.", { exact: true })).toBeVisible();
  // Focus goes to the field in error.
  await expect(page.getByLabel("Сайт", { exact: true })).toBeFocused();
});

test("an address on a Russian domain signs up, shows in its own script and signs in in either form", async ({ page, browser }) => {
  const user = newUser("idn");
  const local = `анна.${Date.now().toString(36)}`;
  const typed = `${local.toUpperCase()}@Почта.РФ`;
  await page.goto("/sign-up");
  await field(page, "Your name").fill("Анна");
  await field(page, "E-mail").fill(typed);
  await field(page, "Password").fill(user.password);
  await page.getByRole("button", { name: "Create candidate account", exact: true }).click();
  await expect(page).toHaveURL(/\/profile$/);
  await page.goto("/account");
  await expect(page.getByRole("main").getByText(`${local}@почта.рф`, { exact: true })).toBeVisible();
  await signOut(page);
  await signIn(page, { email: `${local}@xn--80a1acny.xn--p1ai`, password: user.password }, /\/profile$/);

  // The same address in another case is the same account.
  await signOut(page);
  await page.goto("/sign-up");
  await field(page, "Your name").fill("Анна 2");
  await field(page, "E-mail").fill(`${local}@почта.рф`);
  await field(page, "Password").fill(user.password);
  await page.getByRole("button", { name: "Create candidate account", exact: true }).click();
  await expect(page.getByText("An account with this e-mail already exists. Sign in instead, or reset your password.")).toBeVisible();
  await expect(field(page, "E-mail")).toBeFocused();

  // The admin reads it in its own script too.
  const admin = await (await browser.newContext()).newPage();
  await signIn(admin, adminCredentials(), /\/admin$/);
  await admin.goto(`/admin/users?q=${encodeURIComponent(local)}`);
  await expect(admin.locator("tbody")).toContainText(`${local}@почта.рф`);
  await expect(admin.locator("tbody")).not.toContainText("xn--");
});
