import { describe, expect, it } from "vitest";
import { zCandidateSignUpInput, zChangePasswordInput, zCompanySignUpInput, zSignInInput } from "@/lib/validations/auth";
import { zCandidateProfileInput, zCompanyProfileInput } from "@/lib/validations/profile";
import { invalidInput } from "@/lib/validations/result";

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
    expect(zCompanyProfileInput.safeParse({ name: "A", website: "javascript:alert(1)" }).success).toBe(false);
    expect(zCompanyProfileInput.safeParse({ name: "A", website: "example.com" }).success).toBe(false);
    expect(zCompanyProfileInput.safeParse({ name: "A", size: "HUGE" }).success).toBe(false);
    expect(zCompanyProfileInput.parse({ name: "A", website: "https://a.example", size: "" })).toMatchObject({
      website: "https://a.example",
      size: null,
    });
  });
});
