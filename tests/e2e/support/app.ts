// What the specs do over and over: make a unique user, sign up, sign in, sign
// out, find the form's error message, read the server's outgoing e-mails.
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import { expect, type Locator, type Page } from "@playwright/test";
import { RUN_ENV, SERVER_LOG } from "./run";
import { logEvents } from "./servers";

export interface Credentials {
  email: string;
  password: string;
}

export interface NewUser extends Credentials {
  name: string;
}

/** "embedded" (demo accounts exist) or "postgres" (the setup made an admin). */
export function databaseMode(): "embedded" | "postgres" {
  return process.env[RUN_ENV.mode] === "postgres" ? "postgres" : "embedded";
}

/** The admin to sign in with: the demo admin on the embedded database, the one the setup created on PostgreSQL. */
export function adminCredentials(): Credentials {
  const email = process.env[RUN_ENV.adminEmail];
  const password = process.env[RUN_ENV.adminPassword];
  if (!email || !password) throw new Error("No admin for this run: the e2e global setup did not run.");
  return { email, password };
}

/** The owner of the demo company, whose postings have applicants (the demo employer; on PostgreSQL one the setup made). */
export function employerCredentials(): Credentials {
  const email = process.env[RUN_ENV.employerEmail];
  const password = process.env[RUN_ENV.employerPassword];
  if (!email || !password) throw new Error("No demo employer for this run: the e2e global setup did not run.");
  return { email, password };
}

/** The demo accounts the server generated (embedded database only; none on PostgreSQL). */
export function demoAccounts(): (Credentials & { role: string })[] {
  return JSON.parse(process.env[RUN_ENV.demoAccounts] ?? "[]") as (Credentials & { role: string })[];
}

/** A user nobody has signed up with yet. The password passes the policy and does not contain the e-mail. */
export function newUser(kind: string): NewUser {
  const id = `${Date.now().toString(36)}${randomBytes(3).toString("hex")}`;
  return {
    name: `${kind[0]!.toUpperCase()}${kind.slice(1)} ${id}`,
    email: `${kind}-${id}@example.org`,
    password: `Sunny-meadow-${randomBytes(3).toString("hex")}-42`,
  };
}

/** The form-level error box (Next's route announcer is a role="alert" too, so scope by tone). */
export function errorAlert(page: Page): Locator {
  return page.locator("[role=alert][data-tone=error]");
}

export function successMessage(page: Page): Locator {
  return page.locator("[role=status][data-tone=success]");
}

export function field(page: Page, label: string): Locator {
  return page.getByLabel(label, { exact: true });
}

export async function signUpCandidate(page: Page, user: NewUser): Promise<void> {
  await page.goto("/sign-up");
  await field(page, "Your name").fill(user.name);
  await field(page, "E-mail").fill(user.email);
  await field(page, "Password").fill(user.password);
  await page.getByRole("button", { name: "Create candidate account", exact: true }).click();
  await expect(page).toHaveURL(/\/profile$/);
}

export async function signUpCompany(page: Page, user: NewUser, companyName: string): Promise<void> {
  await page.goto("/sign-up?as=company");
  await field(page, "Your name").fill(user.name);
  await field(page, "Company name").fill(companyName);
  await field(page, "E-mail").fill(user.email);
  await field(page, "Password").fill(user.password);
  await page.getByRole("button", { name: "Create company account", exact: true }).click();
  await expect(page).toHaveURL(/\/company$/);
}

/** Fills and submits the sign-in form (on /sign-in, or the page it redirected to); does not wait for the outcome. */
export async function submitSignIn(page: Page, credentials: Credentials, path = "/sign-in"): Promise<void> {
  if (path) await page.goto(path);
  await field(page, "E-mail").fill(credentials.email);
  await field(page, "Password").fill(credentials.password);
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
}

/** Signs in and waits for the landing page (the role's home unless `expected` says otherwise). */
export async function signIn(page: Page, credentials: Credentials, expected: RegExp): Promise<void> {
  await submitSignIn(page, credentials);
  await expect(page).toHaveURL(expected);
}

/** The header's sign-out button, shown or not: present exactly when someone is signed in. */
export function headerSignOut(page: Page): Locator {
  return page.getByRole("banner").locator("[data-sign-out]").first();
}

/** Is the page a phone's (the header keeps its links in one menu there)? */
export function isPhone(page: Page): boolean {
  return (page.viewportSize()?.width ?? 1280) < 640;
}

/** A link of the header, at any width (on a phone the menu is opened first). */
export async function headerLink(page: Page, name: string): Promise<Locator> {
  if (isPhone(page)) await openHeaderMenu(page);
  return page.getByRole("banner").getByRole("link", { name, exact: true });
}

/** A link of the header's main navigation, at any width (on a phone the menu is opened first). */
export async function mainNavLink(page: Page, navigation: string, link: string): Promise<Locator> {
  if (isPhone(page)) await openHeaderMenu(page);
  return page.getByRole("banner").getByRole("navigation", { name: navigation }).getByRole("link", { name: link, exact: true });
}

/** Opens the header's menu: the account menu on wide screens, the one menu on phones. */
export async function openHeaderMenu(page: Page): Promise<void> {
  const menu = page.getByRole("banner").locator("details:visible");
  if (!(await menu.evaluate((d) => (d as HTMLDetailsElement).open))) await menu.locator("summary").click();
}

/** Signs out through the header menu and waits until the page shows nobody signed in. */
export async function signOut(page: Page, label = "Sign out"): Promise<void> {
  await openHeaderMenu(page);
  await page.getByRole("banner").getByRole("button", { name: label, exact: true }).click();
  await expect(headerSignOut(page)).not.toBeAttached();
}

export interface OutboxMail {
  to: string;
  subject: string;
  text: string;
}

/** E-mails the server has "sent" so far: without SMTP it prints each as a JSON line with event "mail.outbox". */
export function outbox(): OutboxMail[] {
  return serverLogEvents("mail.outbox")
    .filter((e) => typeof e.to === "string")
    .map((e) => ({ to: String(e.to), subject: String(e.subject ?? ""), text: String(e.text ?? "") }));
}

/** The run server's JSON log lines with the given event name, oldest first. */
export function serverLogEvents(event: string): Record<string, unknown>[] {
  return logEvents(fs.readFileSync(SERVER_LOG, "utf8"), event);
}
