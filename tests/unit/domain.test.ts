import { describe, expect, it } from "vitest";
import { clientAddressFrom } from "@/lib/auth/client-address";
import { passwordProblem } from "@/lib/domain/password-policy";
import { compareRequirements, compareRoles } from "@/lib/domain/taxonomy";
import { localeFromAcceptLanguage } from "@/lib/i18n/config";

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
