import { z } from "@/lib/validations/z";
import { zLocale, zOptionalText, zOptionalUrl, zPersonName } from "@/lib/validations/fields";

export const zCandidateProfileInput = z.object({
  name: zPersonName,
  locale: zLocale,
  headline: zOptionalText(120),
  location: zOptionalText(120),
  about: zOptionalText(2000),
});
export type CandidateProfileInput = z.output<typeof zCandidateProfileInput>;

export const COMPANY_SIZES = ["SIZE_1_10", "SIZE_11_50", "SIZE_51_200", "SIZE_201_1000", "SIZE_1000_PLUS"] as const;

export const zCompanyProfileInput = z.object({
  name: z.string().trim().min(1, "errors.required").max(120, "errors.tooLong"),
  website: zOptionalUrl,
  size: z
    .enum(COMPANY_SIZES, { message: "errors.invalidChoice" })
    .or(z.literal(""))
    .optional()
    .transform((v) => (v ? v : null)),
  description: zOptionalText(4000),
});
export type CompanyProfileInput = z.output<typeof zCompanyProfileInput>;

export const zLocaleInput = z.object({ locale: zLocale });
