import { z } from "@/lib/validations/z";
import {
  refinePasswordAgainstEmail,
  zEmail,
  zLocale,
  zNewPassword,
  zPasswordAttempt,
  zCompanyName,
  zPersonName,
} from "@/lib/validations/fields";

// Strict objects: a key the form never sends is refused, not silently dropped.
export const zSignInInput = z.strictObject({ email: zEmail, password: zPasswordAttempt });
export type SignInInput = z.output<typeof zSignInInput>;

export const zCandidateSignUpInput = z
  .strictObject({ name: zPersonName, email: zEmail, password: zNewPassword, locale: zLocale.default("en") })
  .superRefine(refinePasswordAgainstEmail);
export type CandidateSignUpInput = z.output<typeof zCandidateSignUpInput>;

export const zCompanySignUpInput = z
  .strictObject({
    name: zPersonName,
    companyName: zCompanyName,
    email: zEmail,
    password: zNewPassword,
    locale: zLocale.default("en"),
  })
  .superRefine(refinePasswordAgainstEmail);
export type CompanySignUpInput = z.output<typeof zCompanySignUpInput>;

export const zRequestPasswordResetInput = z.strictObject({ email: zEmail });
export type RequestPasswordResetInput = z.output<typeof zRequestPasswordResetInput>;

/** The token of a reset link: 32 random bytes in base64url (43 characters). */
export const zResetToken = z.string().regex(/^[A-Za-z0-9_-]{20,200}$/, "errors.resetLinkInvalid");

export const zResetPasswordInput = z.strictObject({ token: zResetToken, password: zNewPassword });
export type ResetPasswordInput = z.output<typeof zResetPasswordInput>;

export const zChangePasswordInput = z
  .strictObject({ currentPassword: zPasswordAttempt, newPassword: zNewPassword })
  .refine((v) => v.currentPassword !== v.newPassword, {
    path: ["newPassword"],
    message: "errors.password.sameAsCurrent",
  });
export type ChangePasswordInput = z.output<typeof zChangePasswordInput>;

/** Deleting one's account: the password again, and a tick that says the candidate understands it cannot be undone. */
export const zDeleteAccountInput = z.strictObject({
  password: zPasswordAttempt,
  understood: z.literal(true, "errors.account.confirmDelete"),
});
