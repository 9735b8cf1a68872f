import { describe, expect, it } from "vitest";
import type { z } from "zod";
import { zSetUserRoleInput } from "@/lib/validations/admin";
import { zEmail } from "@/lib/validations/fields";
import { zCandidateSignUpInput, zChangePasswordInput, zCompanySignUpInput, zSignInInput } from "@/lib/validations/auth";
import { zCandidateProfileInput, zCompanyProfileFields, zCompanyProfileInput } from "@/lib/validations/profile";
import { invalidInput, readableMessage } from "@/lib/validations/result";

const good = { name: "Anna", email: "  Anna@Example.COM ", password: "community-2026", locale: "ru" };

describe("sign-up schemas", () => {
  it("normalises the e-mail to trimmed lower case", () => {
    const parsed = zCandidateSignUpInput.parse(good);
    expect(parsed.email).toBe("anna@example.com");
    expect(parsed.locale).toBe("ru");
  });

  it.each([
    ["short1", "errors.password.tooShort"],
    ["onlyletterspassword", "errors.password.needsLetterAndDigit"],
    ["12345678901", "errors.password.needsLetterAndDigit"],
    ["password123", "errors.password.tooCommon"],
    ["xanna-2026-secret", "errors.password.containsEmail"],
  ])("rejects the password %s with %s", (password, message) => {
    const result = zCandidateSignUpInput.safeParse({ ...good, password });
    expect(result.success).toBe(false);
    expect(invalidInput(result.error!).fieldErrors.password).toBe(message);
  });

  it("rejects a bad e-mail and an empty name with field errors", () => {
    const result = zCandidateSignUpInput.safeParse({ ...good, email: "not-an-email", name: " " });
    expect(result.success).toBe(false);
    expect(invalidInput(result.error!).fieldErrors).toMatchObject({ email: "errors.invalidEmail", name: "errors.required" });
  });

  it("requires the company name for a company sign-up", () => {
    const result = zCompanySignUpInput.safeParse({ ...good, companyName: "" });
    expect(invalidInput(result.error!).fieldErrors.companyName).toBe("errors.required");
    expect(zCompanySignUpInput.parse({ ...good, companyName: " Acme " }).companyName).toBe("Acme");
  });
});

describe("sign-in and password change", () => {
  it("does not trim or judge a typed password at sign-in", () => {
    expect(zSignInInput.parse({ email: "a@b.co", password: " x " }).password).toBe(" x ");
    expect(zSignInInput.safeParse({ email: "a@b.co", password: "" }).success).toBe(false);
  });

  it("refuses a new password equal to the current one", () => {
    const result = zChangePasswordInput.safeParse({ currentPassword: "community-2026", newPassword: "community-2026" });
    expect(invalidInput(result.error!).fieldErrors.newPassword).toBe("errors.password.sameAsCurrent");
  });
});

describe("profile schemas", () => {
  it("turns empty optional fields into null", () => {
    expect(zCandidateProfileInput.parse({ name: "A", locale: "en", headline: " ", location: "", about: "" })).toEqual({
      name: "A",
      locale: "en",
      headline: null,
      location: null,
      about: null,
    });
  });

  it("accepts only http(s) websites and known sizes", () => {
    expect(zCompanyProfileFields.safeParse({ name: "A", website: "javascript:alert(1)" }).success).toBe(false);
    expect(zCompanyProfileFields.safeParse({ name: "A", website: "example.com" }).success).toBe(false);
    expect(zCompanyProfileFields.safeParse({ name: "A", size: "HUGE" }).success).toBe(false);
    expect(zCompanyProfileFields.parse({ name: "A", website: "https://a.example", size: "" })).toMatchObject({
      website: "https://a.example",
      size: null,
    });
  });
});

describe("every action schema accepts its own output", () => {
  // A form parses its values and sends the output to the action, which parses it again.
  const samples: [string, z.ZodType, unknown][] = [
    ["candidate profile, optional fields empty", zCandidateProfileInput, { name: " Анна ", locale: "ru", headline: "", location: " ", about: "" }],
    ["candidate profile, all filled", zCandidateProfileInput, { name: "Anna", locale: "en", headline: "CM", location: "Kazan", about: "Meetups" }],
    ["company profile, size not specified", zCompanyProfileInput, { companyId: "c1", name: "Acme", website: "", size: "", description: "" }],
    ["company profile, filled", zCompanyProfileInput, { companyId: "c1", name: "Acme", website: "https://acme.example", size: "SIZE_1_10", description: "x" }],
    ["candidate sign-up", zCandidateSignUpInput, good],
    ["company sign-up", zCompanySignUpInput, { ...good, companyName: " Acme " }],
    ["sign-in", zSignInInput, { email: "Anna@Почта.РФ", password: "x" }],
    ["password change", zChangePasswordInput, { currentPassword: "old-pass-2026", newPassword: "community-2026" }],
    ["user role", zSetUserRoleInput, { userId: "u1", role: "ADMIN" }],
  ];
  it.each(samples)("%s", (_label, schema, input) => {
    const once = schema.parse(input);
    expect(schema.parse(once)).toEqual(once);
  });
});

describe("messages a reader sees", () => {
  it("are catalogue keys with their limit, never zod's own English text", () => {
    const long = zCandidateProfileInput.safeParse({ name: "A", locale: "en", headline: "x".repeat(121) });
    expect(invalidInput(long.error!).fieldErrors.headline).toBe("errors.tooLong?max=120");
    const wrongType = zCandidateProfileInput.safeParse({ name: 42, locale: "fr", about: { a: 1 } });
    expect(invalidInput(wrongType.error!).fieldErrors).toEqual({
      name: "errors.invalidValue",
      locale: "errors.invalidChoice",
      about: "errors.invalidValue",
    });
    const missing = zCompanySignUpInput.safeParse({ email: "a@b.co" });
    expect(invalidInput(missing.error!).fieldErrors).toMatchObject({ name: "errors.required", companyName: "errors.required" });
    const extra = zSignInInput.safeParse({ email: "a@b.co", password: "x", isAdmin: true });
    expect(invalidInput(extra.error!).fieldErrors).toEqual({ _form: "errors.unknownField" });
  });

  it("a text that is not one of our keys is replaced before it reaches a reader", () => {
    expect(readableMessage("Invalid input: expected string, received null")).toBe("errors.invalidValue");
    expect(readableMessage("errors.tooLong?max=5")).toBe("errors.tooLong?max=5");
  });
});

describe("e-mail addresses", () => {
  it.each([
    ["Anna@Example.COM", "anna@example.com"],
    ["  Иван@Почта.РФ ", "иван@xn--80a1acny.xn--p1ai"],
    ["ivan@xn--80a1acny.xn--p1ai", "ivan@xn--80a1acny.xn--p1ai"],
    ["anna.k+jobs@mail.ru", "anna.k+jobs@mail.ru"],
    ["director@сайт.москва", "director@xn--80aswg.xn--80adxhks"],
  ])("accepts %s as %s", (typed, stored) => {
    expect(zEmail.parse(typed)).toBe(stored);
  });

  it.each(["a@b", "a@-b.com", "a@b..com", "a b@c.com", "a@b.com:80", "a@[1.2.3.4]", "@b.com", "a@", ".a@b.com", "a..b@c.com", "a@b.c0m"])(
    "refuses %s",
    (typed) => {
      const result = zEmail.safeParse(typed);
      expect(result.success).toBe(false);
    },
  );
});
