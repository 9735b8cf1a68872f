import { z } from "@/lib/validations/z";
import {
  refinePasswordAgainstEmail,
  zEmail,
  zLocale,
  zNewPassword,
  zPasswordAttempt,
  zPersonName,
} from "@/lib/validations/fields";

export const zSignInInput = z.object({ email: zEmail, password: zPasswordAttempt });
export type SignInInput = z.output<typeof zSignInInput>;

export const zCandidateSignUpInput = z
  .object({ name: zPersonName, email: zEmail, password: zNewPassword, locale: zLocale.default("en") })
  .superRefine(refinePasswordAgainstEmail);
export type CandidateSignUpInput = z.output<typeof zCandidateSignUpInput>;

export const zCompanySignUpInput = z
  .object({
    name: zPersonName,
    companyName: z.string().trim().min(1, "errors.required").max(120, "errors.tooLong"),
    email: zEmail,
    password: zNewPassword,
    locale: zLocale.default("en"),
  })
  .superRefine(refinePasswordAgainstEmail);
export type CompanySignUpInput = z.output<typeof zCompanySignUpInput>;

export const zRequestPasswordResetInput = z.object({ email: zEmail });
export type RequestPasswordResetInput = z.output<typeof zRequestPasswordResetInput>;

export const zResetPasswordInput = z.object({
  token: z.string().min(20, "errors.resetLinkInvalid").max(200, "errors.resetLinkInvalid"),
  password: zNewPassword,
});
export type ResetPasswordInput = z.output<typeof zResetPasswordInput>;

export const zChangePasswordInput = z
  .object({ currentPassword: zPasswordAttempt, newPassword: zNewPassword })
  .refine((v) => v.currentPassword !== v.newPassword, {
    path: ["newPassword"],
    message: "errors.password.sameAsCurrent",
  });
export type ChangePasswordInput = z.output<typeof zChangePasswordInput>;
