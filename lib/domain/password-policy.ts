// What makes a password acceptable. Pure, so the form and the server share it.
export const PASSWORD_MIN = 10;
export const PASSWORD_MAX = 128;

const COMMON = new Set([
  "password12", "password123", "1234567890", "qwertyuiop", "1q2w3e4r5t", "qwerty1234",
  "iloveyou12", "admin12345", "welcome123", "abc1234567", "0987654321", "1qaz2wsx3edc",
  "йцукенгшщз", "пароль1234", "rolemap123", "letmein123", "password1!", "qwerty123!",
]);

export type PasswordProblem = "tooShort" | "tooLong" | "needsLetterAndDigit" | "tooCommon" | "containsEmail";

/** The first problem with a password, or null when it is acceptable. */
export function passwordProblem(password: string, email?: string): PasswordProblem | null {
  if (password.length < PASSWORD_MIN) return "tooShort";
  if (password.length > PASSWORD_MAX) return "tooLong";
  if (!/\p{L}/u.test(password) || !/\p{N}/u.test(password)) return "needsLetterAndDigit";
  if (COMMON.has(password.toLowerCase())) return "tooCommon";
  const local = email?.split("@")[0]?.toLowerCase();
  if (local && local.length >= 4 && password.toLowerCase().includes(local)) return "containsEmail";
  return null;
}
