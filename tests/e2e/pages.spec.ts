import { expect, test } from "./support/fixtures";
import { expectNoSeriousA11yViolations } from "./support/a11y";

test("the home page shows the rule of thumb", async ({ page }) => {
  await page.goto("/");
  await expect(page).toHaveTitle("Rolemap");
  const rule = page.getByRole("region", { name: "The rule of thumb" });
  await expect(rule).toBeVisible();
  await expect(rule.getByRole("listitem")).toHaveCount(2);
  await expect(rule.getByRole("listitem").nth(0)).toContainText("Need an audience in social networks?");
  await expect(rule.getByRole("listitem").nth(0)).toContainText("Hire an SMM specialist.");
  await expect(rule.getByRole("listitem").nth(1)).toContainText("Need to organise an event with real people, offline?");
  await expect(rule.getByRole("listitem").nth(1)).toContainText("Hire a community manager.");
  await expectNoSeriousA11yViolations(page);

  await page.getByRole("link", { name: "Browse roles" }).first().click();
  await expect(page).toHaveURL(/\/roles$/);
  await expect(page.getByRole("heading", { level: 1, name: "Roles" })).toBeVisible();
});

test("the roles page lists the roles by family, each linking to its page", async ({ page }) => {
  await page.goto("/roles");
  await expect(page.getByRole("heading", { level: 1, name: "Roles" })).toBeVisible();
  const families = ["SMM specialists", "Community managers", "Adjacent professions", "Feeder professions"];
  await expect(page.getByRole("heading", { level: 2 })).toHaveText(families);
  for (const family of families) {
    const section = page.getByRole("region", { name: family, exact: true });
    const links = section.getByRole("link");
    expect(await links.count(), `roles under ${family}`).toBeGreaterThan(0);
    for (const href of await links.evaluateAll((as) => as.map((a) => a.getAttribute("href")))) {
      expect(href).toMatch(/^\/roles\/[a-z0-9-]+$/);
    }
  }
  // Each card's title links to its role; a card also lists its key skills and where the role leads.
  const community = page.getByRole("region", { name: "Community managers", exact: true });
  const card = community.getByRole("article").filter({ has: page.getByRole("heading", { name: "Community manager", exact: true }) });
  const title = card.getByRole("heading", { name: "Community manager", exact: true }).getByRole("link");
  await expect(title).toHaveAttribute("href", "/roles/community-manager-middle");
  await expect(card.getByText("Key skills", { exact: true })).toBeVisible();
  await expect(card.getByRole("link", { name: "Senior community manager", exact: true })).toHaveAttribute(
    "href",
    "/roles/community-manager-senior",
  );
  // The SMM section holds no community-manager card (a "leads to" link is not a card).
  await expect(
    page.getByRole("region", { name: "SMM specialists", exact: true }).getByRole("heading", { name: "Community manager", exact: true }),
  ).toHaveCount(0);
  await expectNoSeriousA11yViolations(page);

  await title.click();
  await expect(page).toHaveURL(/\/roles\/community-manager-middle$/);
  await expect(page.getByRole("heading", { level: 1, name: "Community manager" })).toBeVisible();
});

test("a role page shows essential skills first and where the role leads", async ({ page }) => {
  const response = await page.goto("/roles/community-manager-middle");
  expect(response?.status()).toBe(200);
  await expect(page.getByRole("heading", { level: 1, name: "Community manager" })).toBeVisible();
  await expect(page).toHaveTitle("Community manager · Rolemap");

  const skills = page.getByRole("table", { name: "Skills for the role “Community manager”" });
  const rows = skills.locator("tbody tr");
  expect(await rows.count()).toBeGreaterThan(5);
  // The value of the cell (on a phone the cell also shows its column's name).
  const importance = await rows.locator("td:nth-of-type(1) > span:last-child").allInnerTexts();
  const firstOptional = importance.indexOf("Optional");
  expect(importance[0]).toBe("Essential");
  expect(firstOptional, "the role has optional skills too").toBeGreaterThan(0);
  expect(importance.slice(firstOptional), "no essential skill after the first optional one").not.toContain("Essential");
  await expect(rows.first()).toContainText(/Level \d of 5/);

  const vertical = page.getByRole("region", { name: "Vertical growth", exact: true });
  await expect(vertical.getByRole("link", { name: "Senior community manager" })).toHaveAttribute("href", "/roles/community-manager-senior");
  const horizontal = page.getByRole("region", { name: "Horizontal moves", exact: true });
  expect(await horizontal.getByRole("link").count()).toBeGreaterThanOrEqual(2);
  const comesFrom = page.getByRole("region", { name: "Where people come from", exact: true });
  await expect(comesFrom.getByRole("link", { name: "Junior community manager" })).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  await vertical.getByRole("link", { name: "Senior community manager" }).click();
  await expect(page).toHaveURL(/\/roles\/community-manager-senior$/);
  await expect(page.getByRole("heading", { level: 1, name: "Senior community manager" })).toBeVisible();
});

test("an unknown role gives a 404 page", async ({ page }) => {
  const response = await page.goto("/roles/no-such-role");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1, name: "Page not found" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Go to the home page" })).toHaveAttribute("href", "/");
  await expectNoSeriousA11yViolations(page);

  const elsewhere = await page.goto("/no/such/page");
  expect(elsewhere?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1, name: "Page not found" })).toBeVisible();
});
