import { expect, test } from "./support/fixtures";
import { expectNoSeriousA11yViolations } from "./support/a11y";
import { field, newUser, signUpCompany, successMessage } from "./support/app";

test("a company signs up, edits its profile, and the changes persist", async ({ page }) => {
  const owner = newUser("employer");
  const companyName = `Lighthouse Communities ${Date.now().toString(36)}`;

  await page.goto("/sign-up?as=company");
  await expect(page.getByRole("link", { name: "I am hiring" })).toHaveAttribute("aria-current", "page");
  await expect(page.getByRole("heading", { level: 2, name: "Sign up as a company" })).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  await signUpCompany(page, owner, companyName);
  await expect(page.getByRole("heading", { level: 1, name: companyName })).toBeVisible();
  await expect(field(page, "Company name")).toHaveValue(companyName);
  // The owner is listed in the team.
  await expect(page.getByRole("main").getByText(owner.email)).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  const description = "We run gaming communities:\nDiscord servers and offline meetups.";
  await field(page, "Website").fill("https://lighthouse.example.com");
  await field(page, "Company size").selectOption({ label: "51–200 people" });
  await field(page, "About the company").fill(description);
  await page.getByRole("button", { name: "Save", exact: true }).click();
  await expect(successMessage(page)).toHaveText("Saved.");

  await page.reload();
  await expect(field(page, "Website")).toHaveValue("https://lighthouse.example.com");
  await expect(field(page, "Company size")).toHaveValue("SIZE_51_200");
  await expect(field(page, "About the company")).toHaveValue(description);
  await expect(page.getByRole("heading", { level: 1, name: companyName })).toBeVisible();
});

test("an invalid website is refused with a field error and nothing is saved", async ({ page }) => {
  const owner = newUser("employer");
  const companyName = `Harbour Media ${Date.now().toString(36)}`;
  await signUpCompany(page, owner, companyName);

  await field(page, "Website").fill("lighthouse dot com");
  await page.getByRole("button", { name: "Save", exact: true }).click();
  await expect(page.getByText("Enter a full web address starting with http:// or https://.", { exact: true })).toBeVisible();
  await expect(field(page, "Website")).toHaveAttribute("aria-invalid", "true");
  await expect(successMessage(page)).toHaveCount(0);
  await expectNoSeriousA11yViolations(page);

  await page.reload();
  await expect(field(page, "Website")).toHaveValue("");
});
