// next-auth passes a failed sign-in to the browser as one string (the error
// thrown in lib/auth/options.ts authorize). Both sides use these two functions,
// so the code and the message it becomes are defined together.
import { message } from "@/lib/i18n/message";

export type SignInFailure =
  | { code: "invalid_credentials"; attemptsLeft: number | null }
  | { code: "account_disabled" }
  | { code: "rate_limited"; scope: "pair" | "address" | "account"; retryAfterSeconds: number };

export function encodeSignInFailure(failure: SignInFailure, windowMinutes: number): string {
  switch (failure.code) {
    case "invalid_credentials":
      return failure.attemptsLeft === null ? "invalid_credentials" : `invalid_credentials:${failure.attemptsLeft}:${windowMinutes}`;
    case "account_disabled":
      return "account_disabled";
    case "rate_limited":
      return `rate_limited:${failure.scope}:${failure.retryAfterSeconds}`;
  }
}

const minutes = (seconds: number) => Math.max(1, Math.ceil(seconds / 60));

/** The message (a catalogue key with values) for next-auth's error string. */
export function signInErrorMessage(code: string | null | undefined): string {
  const [kind, a, b] = (code ?? "").split(":");
  if (kind === "invalid_credentials" || kind === "CredentialsSignin") {
    const left = Number(a);
    const window = Number(b) || 15;
    if (a !== undefined && left === 1) return message("errors.invalidCredentialsLastTry", { minutes: window });
    if (a !== undefined && left === 0) return message("errors.invalidCredentialsPaused", { minutes: window });
    return "errors.invalidCredentials";
  }
  if (kind === "account_disabled") return "errors.accountDisabled";
  if (kind === "rate_limited") {
    const seconds = Number(b) || 60;
    return a === "account"
      ? message("errors.signInSlowedDown", { seconds })
      : message("errors.rateLimited", { minutes: minutes(seconds) });
  }
  return "errors.unexpected";
}
