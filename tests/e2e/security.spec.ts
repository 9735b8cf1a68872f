import { expect, test, type Page } from "@playwright/test";
import { errorAlert, serverLogEvents, submitSignIn } from "./support/app";

/** Collects Content-Security-Policy violations: console reports and `securitypolicyviolation` events. */
async function watchCspViolations(page: Page): Promise<string[]> {
  const violations: string[] = [];
  page.on("console", (message) => {
    if (/Content[- ]Security[- ]Policy/i.test(message.text())) violations.push(`console: ${message.text()}`);
  });
  await page.exposeFunction("__reportCspViolation", (text: string) => violations.push(`event: ${text}`));
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (e) => {
      const report = (window as unknown as { __reportCspViolation: (t: string) => void }).__reportCspViolation;
      void report(`${e.violatedDirective} blocked ${e.blockedURI || "inline"} (${e.sourceFile}:${e.lineNumber})`);
    });
  });
  return violations;
}

for (const path of ["/", "/sign-in", "/roles/community-manager-middle", "/api/health"]) {
  test(`security headers on ${path}`, async ({ request }) => {
    const response = await request.get(path);
    expect(response.status()).toBe(200);
    const headers = response.headers();
    if (path !== "/api/health") {
      const csp = headers["content-security-policy"] ?? "";
      expect(csp).toContain("frame-ancestors 'none'");
      expect(csp).toMatch(/script-src [^;]*'nonce-[A-Za-z0-9+/=]+'/);
      expect(csp).not.toMatch(/script-src [^;]*'unsafe-eval'/);
      expect(csp).toContain("object-src 'none'");
    }
    expect(headers["x-content-type-options"]).toBe("nosniff");
    expect(headers["referrer-policy"]).toBeTruthy();
    expect(headers["x-powered-by"]).toBeUndefined();
  });
}

test("each page gets its own CSP nonce", async ({ request }) => {
  const nonce = async () => /'nonce-([^']+)'/.exec((await request.get("/")).headers()["content-security-policy"] ?? "")?.[1];
  const [first, second] = [await nonce(), await nonce()];
  expect(first).toBeTruthy();
  expect(first).not.toBe(second);
});

test("the home page runs under its CSP without a violation", async ({ page }) => {
  const violations = await watchCspViolations(page);
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  // Client-side navigation and back: the app's scripts must be running for this.
  await page.getByRole("link", { name: "Browse roles" }).first().click();
  await expect(page).toHaveURL(/\/roles$/);
  await page.goBack();
  await expect(page.getByRole("region", { name: "The rule of thumb" })).toBeVisible();
  await page.getByRole("button", { name: "Русский" }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", "ru");
  await page.getByRole("button", { name: "English" }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  expect(violations).toEqual([]);
});

test("the sign-in page runs under its CSP without a violation", async ({ page }) => {
  const violations = await watchCspViolations(page);
  await submitSignIn(page, { email: `nobody-${Date.now()}@example.org`, password: "Not-a-password-1" });
  await expect(errorAlert(page)).toHaveText("Wrong e-mail or password.");
  // Client-side validation too.
  await page.getByLabel("E-mail", { exact: true }).fill("not an e-mail");
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  await expect(page.getByText("Enter a valid e-mail address.", { exact: true })).toBeVisible();
  expect(violations).toEqual([]);
});

test("the health check answers ok", async ({ request }) => {
  const response = await request.get("/api/health");
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toContain("application/json");
  const body = (await response.json()) as { status: string; database: { reachable: boolean; pendingMigrations: string[] } };
  expect(body.status).toBe("ok");
  expect(body.database.reachable).toBe(true);
  expect(body.database.pendingMigrations).toEqual([]);
});

test("a forged X-Forwarded-For does not change the address sign-in limits count (no trusted proxy)", async ({ request }) => {
  const csrf = (await (await request.get("/api/auth/csrf")).json()) as { csrfToken: string };
  const email = `nobody-${Date.now().toString(36)}@example.org`;
  const response = await request.post("/api/auth/callback/credentials", {
    headers: { "X-Forwarded-For": "203.0.113.77", "X-Rolemap-Client-Address": "198.51.100.9" },
    form: { csrfToken: csrf.csrfToken, email, password: "Not-the-password-1", json: "true" },
    maxRedirects: 0,
  });
  expect(response.status()).toBeLessThan(500);
  // The server logs the address it counted the failure under: the socket's, not either forged header.
  await expect
    .poll(() => serverLogEvents("signin.failed").length, { message: "a signin.failed log line" })
    .toBeGreaterThan(0);
  const addresses = serverLogEvents("signin.failed").map((e) => String(e.address));
  expect(addresses).not.toContain("203.0.113.77");
  expect(addresses).not.toContain("198.51.100.9");
  expect(addresses.at(-1)).toMatch(/^(::ffff:)?127\.0\.0\.1$/);
});
