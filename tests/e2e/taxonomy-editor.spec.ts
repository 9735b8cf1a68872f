// The admins' taxonomy editor in the browser: an edit reaches the public pages
// at once, in both languages; two admins cannot overwrite each other; an import
// is previewed and applied, or refused line by line; versions and history.
// Non-admins are refused every admin page and every admin action, called
// directly over HTTP as an attacker would.
import fs from "node:fs";
import path from "node:path";
import { expect, test, type Browser, type Page } from "./support/fixtures";
import { adminCredentials, errorAlert, field, isPhone, newUser, signIn, signUpCandidate, signUpCompany, successMessage } from "./support/app";
import { BASE_URL, ROOT } from "./support/run";

/** Unique per test run and project (desktop and phone run the same tests against one database). */
const unique = () => `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;

async function adminPage(browser: Browser): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await signIn(page, adminCredentials(), /\/admin$/);
  return page;
}

async function switchLanguage(page: Page, to: "Русский" | "English"): Promise<void> {
  await page.getByRole("button", { name: to }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", to === "Русский" ? "ru" : "en");
}

async function createSkill(page: Page, slug: string, labelEn: string, labelRu: string): Promise<void> {
  await page.goto("/admin/taxonomy/skills/new");
  await expect(page.getByRole("heading", { level: 1, name: "New skill" })).toBeVisible();
  await field(page, "Short name").fill(slug);
  await field(page, "Group").selectOption({ label: "Content" });
  await field(page, "Name in English").fill(labelEn);
  await field(page, "Name in Russian").fill(labelRu);
  await page.getByRole("button", { name: "Create", exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`/admin/taxonomy/skills/${slug}$`));
  await expect(page.getByRole("heading", { level: 1, name: labelEn || labelRu, exact: true })).toBeVisible();
}

test("an admin adds a skill in English and Russian, adds it to a role, and the public role page shows it in both languages", async ({ browser }) => {
  const admin = await adminPage(browser);
  const id = unique();
  const slug = `threads-ads-${id}`;
  // Markup in a label is text, everywhere it is shown.
  const labelEn = `Threads ads <img src=x onerror="window.__xss=1"> ${id}`;
  const labelRu = `Реклама в Threads ${id}`;
  // Each project edits its own role: the two run at the same time.
  const role = isPhone(admin) ? "producer" : "journalist";

  // A visitor has the role page open already (the server keeps it for the next visitors).
  const visitor = await (await browser.newContext()).newPage();
  await visitor.goto(`/roles/${role}`);
  await visitor.reload();

  await createSkill(admin, slug, labelEn, labelRu);
  await admin.goto(`/admin/taxonomy/roles/${role}`);
  const add = admin.getByRole("group", { name: "Add a requirement" });
  await add.getByRole("combobox", { name: "Skill", exact: true }).selectOption({ label: labelEn });
  await add.getByRole("combobox", { name: "Importance", exact: true }).selectOption({ label: "Essential" });
  await add.getByRole("combobox", { name: "Minimum level", exact: true }).selectOption({ label: "Level 3" });
  await add.getByRole("button", { name: "Add", exact: true }).click();
  await expect(admin.getByRole("button", { name: `Remove: ${labelEn}`, exact: true })).toBeVisible();

  // The visitor's next request sees it: no restart, no waiting for a cache to expire.
  await visitor.reload();
  await expect(visitor.getByRole("main").getByText(labelEn, { exact: true })).toBeVisible();
  await switchLanguage(visitor, "Русский");
  await expect(visitor.getByRole("main").getByText(labelRu, { exact: true })).toBeVisible();
  await expect(visitor.getByRole("main").getByText(labelEn, { exact: true })).toHaveCount(0);
  expect(await visitor.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();

  // Removing the requirement takes it off the public page as quickly.
  await admin.getByRole("button", { name: `Remove: ${labelEn}`, exact: true }).click();
  await expect(admin.getByRole("button", { name: `Remove: ${labelEn}`, exact: true })).toHaveCount(0);
  await visitor.reload();
  await expect(visitor.getByRole("main").getByText(labelRu, { exact: true })).toHaveCount(0);
  expect(await admin.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
});

test("a missing translation is shown to the admin as missing, and the skills list finds what misses one", async ({ browser }) => {
  const admin = await adminPage(browser);
  const id = unique();
  const slug = `only-english-${id}`;
  const labelEn = `Only in English ${id}`;
  await createSkill(admin, slug, labelEn, "");
  await expect(admin.getByLabel("Name in Russian", { exact: true })).toHaveValue("");
  await expect(admin.getByText("Not translated yet: the other language is shown in its place.").first()).toBeVisible();

  await admin.goto(`/admin/taxonomy/skills?missing=ru&q=${encodeURIComponent(id)}`);
  await expect(admin.getByRole("link", { name: labelEn, exact: true })).toBeVisible();
  await expect(admin.getByRole("rowheader", { name: `${labelEn} Russian missing` })).toBeVisible();
});

test("two admins edit the same skill: the second save is refused with who and when, and the first one's text stays", async ({ browser }) => {
  const anna = await adminPage(browser);
  const id = unique();
  const slug = `shared-edit-${id}`;
  await createSkill(anna, slug, `Shared ${id}`, `Общий ${id}`);
  const boris = await adminPage(browser);
  await boris.goto(`/admin/taxonomy/skills/${slug}`);

  await field(anna, "Name in English").fill(`Anna's name ${id}`);
  await anna.getByRole("button", { name: "Save", exact: true }).click();
  await expect(successMessage(anna)).toHaveText("Saved.");

  await field(boris, "Name in English").fill(`Boris's name ${id}`);
  await boris.getByRole("button", { name: "Save", exact: true }).click();
  await expect(errorAlert(boris)).toContainText(/changed this on .+ at .+\. Reload to see their version; your changes were not saved\./);
  // Boris's text is still in his form, to copy before reloading.
  await expect(field(boris, "Name in English")).toHaveValue(`Boris's name ${id}`);
  await boris.reload();
  await expect(field(boris, "Name in English")).toHaveValue(`Anna's name ${id}`);
});

test("a skill in use cannot be deleted but can be deprecated; an unused one is deleted", async ({ browser }) => {
  const admin = await adminPage(browser);
  // forum-moderation is required by the community roles.
  await admin.goto("/admin/taxonomy/skills/forum-moderation");
  // Where it is used is shown before any change: the roles that require it.
  const usage = admin.locator("aside").filter({ has: admin.getByRole("heading", { name: "Where it is used" }) });
  await expect(usage.getByRole("link", { name: "Community manager", exact: true })).toBeVisible();
  await admin.getByRole("button", { name: /^Delete: / }).click();
  await admin.getByRole("button", { name: "Delete", exact: true }).click();
  await expect(errorAlert(admin)).toHaveText("This is in use, so it cannot be deleted. Deprecate it instead.");

  const id = unique();
  const slug = `to-delete-${id}`;
  await createSkill(admin, slug, `To delete ${id}`, `Удалить ${id}`);
  await admin.getByRole("button", { name: `Delete: To delete ${id}`, exact: true }).click();
  await admin.getByRole("button", { name: "Delete", exact: true }).click();
  await expect(admin).toHaveURL(/\/admin\/taxonomy\/skills$/);
  expect((await admin.goto(`/admin/taxonomy/skills/${slug}`))?.status()).toBe(404);
});

test("an import is previewed and applied on confirmation; a malformed file gets line-numbered errors and changes nothing", async ({ browser }) => {
  const admin = await adminPage(browser);
  const id = unique();
  await admin.goto("/admin/taxonomy/transfer");
  await admin.getByLabel("Format", { exact: true }).selectOption({ label: "Skills (CSV)" });

  // A CSV whose second row has an unknown skill type and no name: nothing is imported.
  const bad = ["slug,group,preferredLabel,preferredLabel_ru,skillType", `bad-one-${id},content,Fine,Хорошо,knowledge`, `bad-two-${id},content,,,magic`].join("\n");
  await admin.getByLabel("File", { exact: true }).setInputFiles({ name: "skills.csv", mimeType: "text/csv", buffer: Buffer.from(bad) });
  await admin.getByRole("button", { name: "Preview", exact: true }).click();
  await expect(errorAlert(admin)).toContainText("nothing was imported");
  await expect(errorAlert(admin)).toContainText("Line 3");
  await admin.goto(`/admin/taxonomy/skills?q=bad-one-${id}`);
  await expect(admin.getByText("Fine", { exact: true })).toHaveCount(0);

  await admin.goto("/admin/taxonomy/transfer");
  await admin.getByLabel("Format", { exact: true }).selectOption({ label: "Skills (CSV)" });
  const good = ["slug,group,preferredLabel,preferredLabel_ru,skillType", `imported-${id},content,Imported ${id},Импортирован ${id},knowledge`].join("\n");
  await admin.getByLabel("Contents", { exact: true }).fill(good);
  await admin.getByRole("button", { name: "Preview", exact: true }).click();
  await expect(admin.getByText(/^1 to add, 0 to change, 0 conflicts/)).toBeVisible();
  await expect(admin.getByText(`Skill: Imported ${id}`)).toBeVisible();
  await admin.getByRole("button", { name: "Apply this import", exact: true }).click();
  await expect(successMessage(admin)).toHaveText("Imported.");
  await admin.goto(`/admin/taxonomy/skills/imported-${id}`);
  await expect(field(admin, "Name in Russian")).toHaveValue(`Импортирован ${id}`);
});

test("an admin publishes a version and sees what changed since", async ({ browser }) => {
  const admin = await adminPage(browser);
  const id = unique();
  await admin.goto("/admin/taxonomy/versions");
  await field(admin, "Note").fill(`Before ${id}`);
  await admin.getByRole("button", { name: "Publish", exact: true }).click();
  await expect(successMessage(admin)).toContainText(/Published as version \d+\./);
  const number = Number((await successMessage(admin).innerText()).match(/version (\d+)/)![1]);

  await createSkill(admin, `after-version-${id}`, `After version ${id}`, "");
  await admin.goto(`/admin/taxonomy/versions?from=${number}&to=current`);
  await expect(admin.getByText(`After version ${id}`)).toBeVisible();
});

test("the history shows each change with its author, and one change can be reverted", async ({ browser }) => {
  const admin = await adminPage(browser);
  const id = unique();
  const slug = `reverted-${id}`;
  await createSkill(admin, slug, `First name ${id}`, "");
  await field(admin, "Name in English").fill(`Second name ${id}`);
  await admin.getByRole("button", { name: "Save", exact: true }).click();
  await expect(successMessage(admin)).toHaveText("Saved.");

  // The item's own history, on its page: created, then edited.
  await admin.reload();
  await expect(admin.getByText(`First name ${id}`, { exact: true }).first()).toBeVisible();
  await admin.getByRole("button", { name: `Revert this change to Second name ${id}`, exact: true }).click();
  await admin.getByRole("button", { name: "Revert", exact: true }).click();
  await expect(field(admin, "Name in English")).toHaveValue(`First name ${id}`);
  await expect(admin.getByText("Reverted", { exact: true }).first()).toBeVisible();

  // The full log names the admin and links the item.
  await admin.goto("/admin/taxonomy/history?entity=SKILL");
  await expect(admin.getByRole("link", { name: `First name ${id}` }).first()).toBeVisible();
});

test("a company leaves its contacts; the admin sees the lead and marks it contacted", async ({ browser, page }) => {
  const id = unique();
  const company = `Кофейня «Зерно» ${id}`;
  await page.goto("/contact");
  await switchLanguage(page, "Русский");
  await field(page, "Ваше имя").fill("Ирина");
  await field(page, "Компания").fill(company);
  await field(page, "Электронная почта").fill(`irina-${id}@example.org`);
  await field(page, "Кто нужен").selectOption({ label: "Комьюнити-менеджер" });
  // The message is optional: left empty, as people do.
  await page.getByRole("button", { name: "Отправить" }).click();
  await expect(successMessage(page)).toContainText("Спасибо");

  const admin = await adminPage(browser);
  await admin.goto("/admin/leads");
  await expect(admin.getByText(company, { exact: true })).toBeVisible();
  await admin.getByLabel(`Status of the lead from ${company}`, { exact: true }).selectOption({ label: "Contacted" });
  await admin.getByRole("button", { name: `Set the status of the lead from ${company}` }).click();
  // The click only sends the action: reload until the stored status shows (an early reload would read the old one).
  await expect(async () => {
    await admin.reload();
    await expect(admin.getByLabel(`Status of the lead from ${company}`, { exact: true })).toHaveValue("CONTACTED", { timeout: 2_000 });
  }).toPass({ timeout: 20_000 });
});

// ── Non-admins ─────────────────────────────────────────────────────────────

const ADMIN_PAGES = [
  "/admin",
  "/admin/users",
  "/admin/leads",
  "/admin/taxonomy/skills",
  "/admin/taxonomy/skills/new",
  "/admin/taxonomy/skills/forum-moderation",
  "/admin/taxonomy/groups",
  "/admin/taxonomy/roles",
  "/admin/taxonomy/roles/new",
  "/admin/taxonomy/roles/journalist",
  "/admin/taxonomy/families",
  "/admin/taxonomy/history",
  "/admin/taxonomy/versions",
  "/admin/taxonomy/transfer",
];

const EXPORTS = ["/admin/taxonomy/export/taxonomy.json", "/admin/taxonomy/export/skills.csv", "/admin/taxonomy/export/requirements.csv"];

/** Every server action the build holds whose file is an admin's (taxonomy, leads' status, users). */
function adminActions(): { id: string; name: string }[] {
  const manifest = JSON.parse(fs.readFileSync(path.join(ROOT, process.env.NEXT_DIST_DIR || ".next", "server", "server-reference-manifest.json"), "utf8")) as {
    node: Record<string, { filename: string; exportedName: string }>;
  };
  return Object.entries(manifest.node)
    .filter(([, a]) => /^lib\/actions\/(taxonomy|admin)\//.test(a.filename) || a.exportedName === "setLeadStatusAction")
    .map(([id, a]) => ({ id, name: a.exportedName }));
}

/** Calls an action the way React does (POST, the Next-Action header, the arguments as JSON) and returns what it answered. */
async function callAction(page: Page, id: string, args: unknown[]): Promise<string> {
  const response = await page.request.post("/", {
    headers: { "Next-Action": id, Accept: "text/x-component", Origin: BASE_URL, "Content-Type": "text/plain;charset=UTF-8" },
    data: JSON.stringify(args),
    maxRedirects: 0,
  });
  return `${response.status()} ${await response.text()}`;
}

for (const who of ["candidate", "employer"] as const) {
  test(`${who === "employer" ? "an" : "a"} ${who} is refused every admin page, every export and every admin action`, async ({ page }) => {
    if (who === "candidate") await signUpCandidate(page, newUser("candidate"));
    else await signUpCompany(page, newUser("employer"), `Curious Co ${unique()}`);
    for (const path of ADMIN_PAGES) {
      const response = await page.goto(path);
      expect(response?.status(), path).toBe(403);
      await expect(page.getByRole("heading", { level: 1, name: "Not allowed" })).toBeVisible();
    }
    for (const path of EXPORTS) {
      const response = await page.request.get(path);
      expect(response.status(), path).toBe(403);
      expect(await response.text()).not.toContain("forum-moderation");
    }
    const actions = adminActions();
    expect(actions.length, "the build's admin actions").toBeGreaterThanOrEqual(18);
    for (const action of actions) {
      // A plausible argument: the refusal must come before it is even read.
      const answer = await callAction(page, action.id, [{ slug: "forum-moderation", labelEn: "Hacked", version: 1 }]);
      expect(answer, action.name).toContain('"error":"errors.forbidden"');
    }
    // The taxonomy is as it was.
    await page.goto("/roles/community-manager-middle");
    await expect(page.getByText("Hacked")).toHaveCount(0);
  });
}

test("an anonymous visitor is sent to sign in from the admin pages, and refused every export and admin action", async ({ page }) => {
  for (const path of ADMIN_PAGES) {
    await page.goto(path);
    await expect(page, path).toHaveURL(/\/sign-in/);
  }
  for (const path of EXPORTS) {
    // Sent to sign in by the proxy, or refused by the route itself: never the file.
    const response = await page.request.get(path, { maxRedirects: 0 });
    expect([401, 307], path).toContain(response.status());
    expect(await response.text()).not.toContain("forum-moderation");
  }
  for (const action of adminActions()) {
    const answer = await callAction(page, action.id, [{}]);
    expect(answer, action.name).toContain('"error":"errors.unauthorized"');
  }
});
