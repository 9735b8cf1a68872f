// Limits of the actions that hash a password (a memory-hard argon2id hash each):
// scripted calls must not tie up the server's hashing threads for everyone.
// Not a "use server" file: plain data the action files share.
import type { RateLimit } from "@/lib/actions/safe-action";

/** Both sign-up forms count together: 10 accounts per address per hour. */
export const SIGN_UP_LIMITS: readonly RateLimit[] = [{ name: "signUp", by: "address", max: 10, windowMinutes: 60 }];

export const RESET_REQUEST_LIMITS: readonly RateLimit[] = [{ name: "resetRequest", by: "address", max: 10, windowMinutes: 60 }];

export const RESET_SUBMIT_LIMITS: readonly RateLimit[] = [{ name: "resetSubmit", by: "address", max: 10, windowMinutes: 15 }];

export const CHANGE_PASSWORD_LIMITS: readonly RateLimit[] = [
  { name: "changePassword", by: "address", max: 10, windowMinutes: 15 },
  { name: "changePassword", by: "user", max: 5, windowMinutes: 15 },
];
