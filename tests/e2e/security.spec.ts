import fs from "node:fs";
import path from "node:path";
import { encode } from "next-auth/jwt";
import { adminCredentials, errorAlert, field, newUser, serverLogEvents, signIn, signOut, signUpCandidate, submitSignIn } from "./support/app";
import { expect, test } from "./support/fixtures";
import { AUTH_SECRET, BASE_URL, ROOT } from "./support/run";

const SESSION_COOKIE = "next-auth.session-token";

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
    // The run's public address is http: no HSTS (servers.spec.ts checks it behind https).
    expect(headers["strict-transport-security"]).toBeUndefined();
  });
}

test("each page gets its own CSP nonce", async ({ request }) => {
  const nonce = async () => /'nonce-([^']+)'/.exec((await request.get("/")).headers()["content-security-policy"] ?? "")?.[1];
  const [first, second] = [await nonce(), await nonce()];
  expect(first).toBeTruthy();
  expect(first).not.toBe(second);
});

test.describe("public pages answered from memory (lib/server/page-cache.ts)", () => {
  const nonces = (html: string) => [...new Set([...html.matchAll(/nonce="([^"]+)"/g)].map((m) => m[1]))];
  const cachedAnswers = (route: string) => serverLogEvents("request").filter((e) => e.route === route && e.cached === true).length;

  test("a repeated anonymous visit is answered from memory, each time with a fresh nonce that its scripts carry", async ({ request }) => {
    const route = "/roles/community-manager-senior";
    await request.get(route);
    const before = cachedAnswers(route);
    const seen = new Set<string>();
    for (const encoding of ["gzip", "identity"]) {
      const response = await request.get(route, { headers: { "accept-encoding": encoding } });
      expect(response.status()).toBe(200);
      const policyNonce = /'nonce-([^']+)'/.exec(response.headers()["content-security-policy"] ?? "")?.[1];
      const html = await response.text();
      expect(html).toContain("Senior community manager");
      // Every script of the page carries the policy's nonce, and no other.
      expect(nonces(html)).toEqual([policyNonce]);
      seen.add(policyNonce!);
    }
    expect(seen.size).toBe(2);
    await expect.poll(() => cachedAnswers(route)).toBe(before + 2);
  });

  test("a signed-in visitor's page is never a stored anonymous one, nor the other way round", async ({ page }) => {
    await page.goto("/roles");
    await page.goto("/roles");
    const user = newUser("candidate");
    await signUpCandidate(page, user);
    await page.goto("/roles");
    await expect(page.getByRole("banner").getByText(user.name).first()).toBeAttached();
    await signOut(page);
    await page.goto("/roles");
    await expect(page.getByRole("banner").getByText(user.name)).toHaveCount(0);
  });

  test("the language of a stored page follows the visitor's cookie and browser", async ({ browser }) => {
    for (const [locale, heading] of [["ru-RU", "Роли"], ["en-US", "Roles"], ["ru-RU", "Роли"]] as const) {
      const page = await (await browser.newContext({ locale })).newPage();
      await page.goto("/roles");
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(heading);
    }
  });
});

test("the app's scripts run under its CSP: navigation, language switch, client-side validation", async ({ page }) => {
  // The fixture fails the test on any CSP violation in these steps.
  await page.goto("/");
  await page.getByRole("link", { name: "Browse roles" }).first().click();
  await expect(page).toHaveURL(/\/roles$/);
  await page.goBack();
  await expect(page.getByRole("region", { name: "The rule of thumb" })).toBeVisible();
  await page.getByRole("button", { name: "Русский" }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", "ru");
  await page.getByRole("button", { name: "English" }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", "en");

  await submitSignIn(page, { email: `nobody-${Date.now()}@example.org`, password: "Not-a-password-1" });
  await expect(errorAlert(page)).toHaveText("Wrong e-mail or password.");
  await field(page, "E-mail").fill("not an e-mail");
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  await expect(page.getByText("Enter a valid e-mail address.", { exact: true })).toBeVisible();
  // Focus goes to the field in error, not to the page body.
  await expect(field(page, "E-mail")).toBeFocused();
});

test.describe("/api/health", () => {
  test("tells anybody only up or down", async ({ request }) => {
    const response = await request.get("/api/health");
    expect(response.status()).toBe(200);
    expect(response.headers()["content-type"]).toContain("application/json");
    expect(await response.json()).toEqual({ status: "ok" });
  });

  test("shows an admin the version and the pending migrations", async ({ page }) => {
    await signIn(page, adminCredentials(), /\/admin$/);
    const response = await page.request.get("/api/health");
    expect(response.status()).toBe(200);
    const body = (await response.json()) as { status: string; version: string; database: { reachable: boolean; pendingMigrations: string[] } };
    expect(body).toMatchObject({ status: "ok", database: { reachable: true, pendingMigrations: [] } });
    expect(body.version).toMatch(/^\d+\.\d+\.\d+/);
  });
});

test("a forged X-Forwarded-For or client-address header does not change the address sign-in limits count", async ({ request }) => {
  const csrf = (await (await request.get("/api/auth/csrf")).json()) as { csrfToken: string };
  const response = await request.post("/api/auth/callback/credentials", {
    headers: { "X-Forwarded-For": "203.0.113.77", "X-Rolemap-Client-Address": "198.51.100.9", "X-Request-Id": "forged-id" },
    form: { csrfToken: csrf.csrfToken, email: newUser("nobody").email, password: "Not-the-password-1", json: "true" },
    maxRedirects: 0,
  });
  // next-auth answers a failed credentials sign-in with 401.
  expect(response.status()).toBe(401);
  // The server gives every request its own id (a client's is overwritten) and logs the failure under it.
  const requestId = response.headers()["x-request-id"];
  expect(requestId).toMatch(/^[0-9a-f-]{36}$/);
  await expect.poll(() => serverLogEvents("signin.failed").filter((e) => e.requestId === requestId).length).toBe(1);
  const [mine] = serverLogEvents("signin.failed").filter((e) => e.requestId === requestId);
  expect(mine!.address).toMatch(/^(::ffff:)?127\.0\.0\.1$/);
});

test.describe("the session cookie", () => {
  test("is HttpOnly, SameSite=Lax, for the whole site (and not Secure over plain http)", async ({ page }) => {
    await signUpCandidate(page, newUser("candidate"));
    const cookie = (await page.context().cookies()).find((c) => c.name === SESSION_COOKIE);
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: "Lax", path: "/", secure: false });
  });

  test("tampered, or signed with another secret, it is anonymous", async ({ browser }) => {
    const owner = await browser.newContext();
    const ownerPage = await owner.newPage();
    const user = newUser("candidate");
    await signUpCandidate(ownerPage, user);
    const real = (await owner.cookies()).find((c) => c.name === SESSION_COOKIE)!;
    const sid = (await ownerPage.request.get("/api/auth/session").then((r) => r.json())) as { sid?: string };
    expect(sid.sid, "the session names its server-side row").toBeTruthy();

    const flipped = real.value.slice(0, -6) + (real.value.slice(-6, -5) === "A" ? "B" : "A") + real.value.slice(-5);
    const forged = await encode({ token: { sub: "x", sid: sid.sid }, secret: `${AUTH_SECRET}-but-not-ours-0000`, maxAge: 3600 });
    for (const value of [flipped, forged, `${real.value}x`, "e30.e30.e30"]) {
      const context = await browser.newContext();
      await context.addCookies([{ ...real, value }]);
      const page = await context.newPage();
      await page.goto("/profile");
      await expect(page, `cookie ${value.slice(0, 12)}…`).toHaveURL(/\/sign-in(\?|$)/);
      expect(await (await page.request.get("/api/auth/session")).json()).toEqual({});
      await context.close();
    }
    // The real cookie still works: the checks above proved something.
    await ownerPage.goto("/profile");
    await expect(ownerPage.getByText(`Hello, ${user.name}.`)).toBeVisible();
    await owner.close();
  });
});

/** The server actions of this build, by name: id, and a page that imports it. */
function actionsOfThisBuild(): { name: string; id: string; page: string }[] {
  const dist = process.env.NEXT_DIST_DIR || ".next";
  const manifest = JSON.parse(fs.readFileSync(path.join(ROOT, dist, "server", "server-reference-manifest.json"), "utf8")) as {
    node: Record<string, { workers: Record<string, unknown>; exportedName: string }>;
  };
  return Object.entries(manifest.node).map(([id, entry]) => {
    const worker = Object.keys(entry.workers)[0]!;
    const page = worker.replace(/^app/, "").replace(/\/page$/, "").replace(/\/\([^)]+\)/g, "") || "/";
    return { name: entry.exportedName, id, page };
  });
}

test.describe("server actions over HTTP", () => {
  const post = (request: import("@playwright/test").APIRequestContext, action: { id: string; page: string }, body: string, origin = BASE_URL) =>
    request.post(action.page, {
      headers: { "Next-Action": action.id, "Content-Type": "text/plain;charset=UTF-8", Accept: "text/x-component", Origin: origin },
      data: body,
      maxRedirects: 0,
    });

  test("every action of the build answers hostile arguments with a refusal, never a server error", async ({ request }) => {
    const actions = actionsOfThisBuild();
    expect(actions.map((a) => a.name)).toEqual(expect.arrayContaining(["signUpCandidateAction", "setLocaleAction", "setUserRoleAction"]));
    const MB = "я".repeat(512 * 1024);
    const bodies = [
      "[42]",
      '["hello"]',
      JSON.stringify([MB]),
      '[{"__proto__":{"role":"ADMIN"}}]',
      '[{"constructor":{"prototype":{"polluted":true}}}]',
      "[[1,2,3]]",
      "[null]",
      '[{"a":1},{"b":2}]',
      JSON.stringify([{ email: MB }]),
      JSON.stringify([{ name: MB, locale: "en" }]),
    ];
    for (const action of actions) {
      for (const body of bodies) {
        const response = await post(request, action, body);
        const label = `${action.name} with ${body.slice(0, 40)}`;
        expect(response.status(), label).toBe(200);
        const text = await response.text();
        expect(text, label).toContain('"ok":false');
        expect(text, label).not.toContain('"ok":true');
      }
    }
  });

  test("a body larger than any form sends is refused with 413 and a reason", async ({ request }) => {
    const action = actionsOfThisBuild().find((a) => a.name === "signUpCandidateAction")!;
    const response = await post(request, action, JSON.stringify(["x".repeat(3 * 1024 * 1024)]));
    expect(response.status()).toBe(413);
    expect(await response.text()).toContain("larger than the form can send");
  });

  test("an action posted from another site is refused with 403 and does nothing", async ({ page, request }) => {
    const action = actionsOfThisBuild().find((a) => a.name === "signUpCandidateAction")!;
    const user = newUser("csrf");
    const body = JSON.stringify([{ name: user.name, email: user.email, password: user.password, locale: "en" }]);
    const refused = await post(request, action, body, "https://evil.example");
    expect(refused.status()).toBe(403);
    expect(await refused.text()).toContain("posted from another site");
    await submitSignIn(page, user);
    await expect(errorAlert(page)).toContainText("Wrong e-mail or password.");
    // The same call from our own origin works: the refusal above was about the origin.
    const accepted = await post(request, action, body);
    expect(accepted.status()).toBe(200);
    expect(await accepted.text()).toContain('"ok":true');
    await submitSignIn(page, user);
    await expect(page).toHaveURL(/\/profile$/);
  });
});

test("wrong passwords through the sign-in form: a warning before the pause, then the pause, and never a lock elsewhere", async ({ page }) => {
  const user = newUser("candidate");
  await signUpCandidate(page, user);
  await signOut(page);
  for (let i = 0; i < 3; i++) {
    await submitSignIn(page, { email: user.email, password: `Wrong-password-${i}0` });
    await expect(errorAlert(page)).toHaveText("Wrong e-mail or password.");
  }
  await submitSignIn(page, { email: user.email, password: "Wrong-password-40" });
  await expect(errorAlert(page)).toHaveText(
    "Wrong e-mail or password. One more wrong attempt pauses sign-in to this account from here for 15 minutes.",
  );
  await expect(errorAlert(page)).toBeFocused();
  await submitSignIn(page, { email: user.email, password: "Wrong-password-50" });
  await expect(errorAlert(page)).toHaveText(
    "Wrong e-mail or password. Sign-in to this account from here is now paused for 15 minutes; you can reset the password meanwhile.",
  );
  // Paused here even for the right password…
  await submitSignIn(page, user);
  await expect(errorAlert(page)).toHaveText(/^Too many sign-in attempts\. Try again in 1[45] minutes, or reset your password\.$/);
  await expect(page).toHaveURL(/\/sign-in$/);
  // …and it says so in Russian too.
  await page.getByRole("button", { name: "Русский" }).click();
  await page.getByLabel("Электронная почта", { exact: true }).fill(user.email);
  await page.getByLabel("Пароль", { exact: true }).fill(user.password);
  await page.getByRole("button", { name: "Войти", exact: true }).click();
  await expect(errorAlert(page)).toContainText("Слишком много попыток входа.");
});

test.describe("the address after sign-in (next=…)", () => {
  const HOSTILE = [
    "//evil.example",
    "///evil.example",
    "/\\evil.example",
    "\\\\evil.example",
    "/\t/evil.example",
    "/\n/evil.example",
    "/\r\n/evil.example",
    " //evil.example",
    "/.//evil.example",
    "/profile/..//evil.example",
    "https://evil.example/profile",
    "http:evil.example",
    "javascript:alert(1)",
    "data:text/html,<script>alert(1)</script>",
    `//127.0.0.1:${new URL(BASE_URL).port}@evil.example`,
    "/%2F%2Fevil.example",
    "/api/auth/signout",
    `/${"a/".repeat(1500)}..//evil.example`,
    `//evil.example/${"x".repeat(3000)}`,
  ];

  test("a hostile next never leads off the app: the role's home instead", async ({ page, context }) => {
    // Nineteen sign-ins (each a memory-hard password hash) and nineteen pages checked by axe: more than the default minute.
    test.setTimeout(180_000);
    const user = newUser("redirect");
    await signUpCandidate(page, user);
    for (const next of HOSTILE) {
      await test.step(`next=${JSON.stringify(next.slice(0, 40))}`, async () => {
        await context.clearCookies();
        await page.goto(`/sign-in?next=${encodeURIComponent(next)}`);
        await submitSignIn(page, user, "");
        await expect(page).toHaveURL(/\/profile$/);
        expect(new URL(page.url()).origin).toBe(new URL(BASE_URL).origin);
      });
    }
  });

  test("a page of the app is followed, with its query", async ({ page }) => {
    const user = newUser("redirect");
    await signUpCandidate(page, user);
    await signOut(page);
    await page.goto(`/sign-in?next=${encodeURIComponent("/roles/community-manager-middle?from=mail#skills")}`);
    await submitSignIn(page, user, "");
    await expect(page).toHaveURL(/\/roles\/community-manager-middle\?from=mail#skills$/);
  });
});
