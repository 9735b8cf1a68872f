import type { IncomingMessage } from "node:http";
import { describe, expect, it } from "vitest";
import { encodeSignInFailure, signInErrorMessage, type SignInFailure } from "@/lib/auth/sign-in-errors";
import { safeNextPath } from "@/lib/domain/navigation";
import { message, unpackMessage } from "@/lib/i18n/message";
import { clientAddressFrom } from "@/lib/auth/client-address";
import { passwordProblem } from "@/lib/domain/password-policy";
import { compareRequirements, compareRoles } from "@/lib/domain/taxonomy";
import { CompanySize, Locale } from "@/lib/generated/prisma/enums";
import { LOCALES, localeFromAcceptLanguage } from "@/lib/i18n/config";
import { publicPageKey } from "@/lib/server/page-cache";
import { COMPANY_SIZES, USER_ROLES } from "@/lib/views/vocabulary";

describe("password policy", () => {
  it("accepts a long password with a letter and a digit", () => {
    expect(passwordProblem("Rolemap-candidate-2026")).toBeNull();
    expect(passwordProblem("сообщество2026")).toBeNull();
  });
  it("names the first problem", () => {
    expect(passwordProblem("a1")).toBe("tooShort");
    expect(passwordProblem("a1".repeat(70))).toBe("tooLong");
    expect(passwordProblem("QWERTYUIOP")).toBe("needsLetterAndDigit");
    expect(passwordProblem("Password123")).toBe("tooCommon");
    expect(passwordProblem("maria-1990-x", "maria@example.com")).toBe("containsEmail");
  });
});

describe("client address", () => {
  it("ignores X-Forwarded-For unless the proxy is trusted", () => {
    expect(clientAddressFrom("10.0.0.5", "1.2.3.4", false)).toBe("10.0.0.5");
    expect(clientAddressFrom(undefined, "1.2.3.4", false)).toBeNull();
  });
  it("takes the address the trusted proxy appended (right-most), not a forged left-most one", () => {
    expect(clientAddressFrom("10.0.0.5", "6.6.6.6, 203.0.113.7", true)).toBe("203.0.113.7");
    expect(clientAddressFrom("10.0.0.5", undefined, true)).toBe("10.0.0.5");
  });
});

describe("language from Accept-Language", () => {
  it.each([
    ["ru-RU,ru;q=0.9,en;q=0.8", "ru"],
    ["en-US,en;q=0.9,ru;q=0.5", "en"],
    ["de-DE,ru;q=0.7", "ru"],
    ["fr", "en"],
    ["", "en"],
  ])("%s → %s", (header, expected) => {
    expect(localeFromAcceptLanguage(header || null)).toBe(expected);
  });
});

describe("taxonomy ordering", () => {
  it("puts essential skills first, then higher levels", () => {
    const list = [
      { importance: "OPTIONAL" as const, minLevel: 5, label: "a" },
      { importance: "ESSENTIAL" as const, minLevel: 2, label: "b" },
      { importance: "ESSENTIAL" as const, minLevel: 4, label: "c" },
    ].sort(compareRequirements);
    expect(list.map((x) => x.label)).toEqual(["c", "b", "a"]);
  });
  it("orders roles by family, then seniority", () => {
    const list = [
      { family: "FEEDER", seniority: "MIDDLE", label: "Moderator" },
      { family: "COMMUNITY", seniority: "LEAD", label: "Lead" },
      { family: "COMMUNITY", seniority: "JUNIOR", label: "Junior CM" },
      { family: "SMM", seniority: "SENIOR", label: "Senior SMM" },
    ].sort(compareRoles);
    expect(list.map((x) => x.label)).toEqual(["Senior SMM", "Junior CM", "Lead", "Moderator"]);
  });
});

describe("safeNextPath()", () => {
  it.each([
    ["/profile", "/profile"],
    ["/roles/community-manager-middle?from=mail#skills", "/roles/community-manager-middle?from=mail#skills"],
    ["/", "/"],
    ["/admin/users?q=anna", "/admin/users?q=anna"],
  ])("follows the app's own page %s", (next, expected) => {
    expect(safeNextPath(next)).toBe(expected);
  });

  it.each([
    "//evil.example",
    "///evil.example",
    "/\\evil.example",
    "\\\\evil.example",
    "/\t/evil.example",
    "/\n/evil.example",
    " //evil.example",
    "/.//evil.example",
    "/profile/..//evil.example",
    "https://evil.example/profile",
    "http:evil.example",
    "javascript:alert(1)",
    "//user:pass@evil.example",
    "/api/auth/signout",
    "/sign-in",
    "/no-such-section",
    `/${"a".repeat(3000)}`,
    "",
  ])("refuses %j", (next) => {
    expect(safeNextPath(next)).toBeNull();
  });

  it("refuses what is not a string", () => {
    expect(safeNextPath(["/profile"])).toBeNull();
    expect(safeNextPath(undefined)).toBeNull();
  });
});

describe("packed messages", () => {
  it("carry a key and its values both ways, numbers as numbers", () => {
    const packed = message("errors.tooLong", { max: 120, field: "a b&c" });
    expect(unpackMessage(packed)).toEqual({ key: "errors.tooLong", params: { max: 120, field: "a b&c" } });
    expect(message("errors.required")).toBe("errors.required");
    expect(unpackMessage("errors.required")).toEqual({ key: "errors.required", params: {} });
  });
});

describe("sign-in failures as the browser receives them", () => {
  it.each([
    [{ code: "invalid_credentials", attemptsLeft: null }, "errors.invalidCredentials"],
    [{ code: "invalid_credentials", attemptsLeft: 3 }, "errors.invalidCredentials"],
    [{ code: "invalid_credentials", attemptsLeft: 1 }, "errors.invalidCredentialsLastTry?minutes=15"],
    [{ code: "invalid_credentials", attemptsLeft: 0 }, "errors.invalidCredentialsPaused?minutes=15"],
    [{ code: "account_disabled" }, "errors.accountDisabled"],
    [{ code: "rate_limited", scope: "pair", retryAfterSeconds: 61 }, "errors.rateLimited?minutes=2"],
    [{ code: "rate_limited", scope: "account", retryAfterSeconds: 8 }, "errors.signInSlowedDown?seconds=8"],
  ] as [SignInFailure, string][])("%j → %s", (failure, expected) => {
    expect(signInErrorMessage(encodeSignInFailure(failure, 15))).toBe(expected);
  });

  it("an unknown code is a generic message", () => {
    expect(signInErrorMessage("Something else")).toBe("errors.unexpected");
  });
});

describe("vocabularies defined once", () => {
  it("the interface languages are the database's", () => {
    expect([...LOCALES]).toEqual(Object.values(Locale));
  });
  it("roles and company sizes come from the schema's enums", () => {
    expect(USER_ROLES).toEqual(["CANDIDATE", "EMPLOYER", "ADMIN"]);
    expect(COMPANY_SIZES).toEqual(Object.values(CompanySize));
  });
});

describe("which requests the public page cache may answer", () => {
  const request = (url: string, headers: Record<string, string> = {}, method = "GET") => ({ url, method, headers }) as unknown as IncomingMessage;

  it("keys anonymous page visits by language and address", () => {
    expect(publicPageKey(request("/roles"))).toBe("en /roles");
    expect(publicPageKey(request("/roles/community-manager-middle", { "accept-language": "ru-RU,ru;q=0.9" }))).toBe("ru /roles/community-manager-middle");
    // The language switch's cookie wins over the browser's preference.
    expect(publicPageKey(request("/", { "accept-language": "ru", cookie: "NEXT_LOCALE=en; other=1" }))).toBe("en /");
    // A job search is its address: the query string is part of the key.
    expect(publicPageKey(request("/jobs?q=smm&mode=remote"))).toBe("en /jobs?q=smm&mode=remote");
    expect(publicPageKey(request("/jobs"))).toBe("en /jobs");
  });

  it("leaves out anything whose answer may differ from visitor to visitor", () => {
    expect(publicPageKey(request("/roles", { cookie: "NEXT_LOCALE=ru; next-auth.session-token=abc" }))).toBeNull();
    expect(publicPageKey(request("/roles", { cookie: "__Secure-next-auth.session-token.0=abc" }))).toBeNull();
    expect(publicPageKey(request("/roles", { rsc: "1" }))).toBeNull();
    expect(publicPageKey(request("/roles", { "next-router-prefetch": "1" }))).toBeNull();
    expect(publicPageKey(request("/roles?from=mail"))).toBeNull();
    expect(publicPageKey(request(`/jobs?q=${"x".repeat(1000)}`))).toBeNull();
    expect(publicPageKey(request("/jobs?q=smm", { cookie: "next-auth.session-token=abc" }))).toBeNull();
    expect(publicPageKey(request("/jobs/some-job-cmabc12345678"))).toBeNull();
    expect(publicPageKey(request("/roles", {}, "POST"))).toBeNull();
    expect(publicPageKey(request("/roles", {}, "HEAD"))).toBeNull();
    for (const path of ["/admin", "/profile", "/sign-in", "/contact", "/roles/UPPER", "/roles/a/b", "/api/health"]) expect(publicPageKey(request(path)), path).toBeNull();
  });
});
