import { z } from "@/lib/validations/z";
import { zCompanyName, zId, zLocale, zOptionalChoice, zOptionalText, zOptionalUrl, zPersonName } from "@/lib/validations/fields";
import { COMPANY_SIZES } from "@/lib/views/vocabulary";

export const PROFILE_LIMITS = { headline: 120, location: 120, about: 2000, website: 300, description: 4000 } as const;

export const zCandidateProfileInput = z.strictObject({
  name: zPersonName,
  locale: zLocale,
  headline: zOptionalText(PROFILE_LIMITS.headline),
  location: zOptionalText(PROFILE_LIMITS.location),
  about: zOptionalText(PROFILE_LIMITS.about),
});
export type CandidateProfileInput = z.output<typeof zCandidateProfileInput>;

export const zCompanyProfileFields = z.strictObject({
  name: zCompanyName,
  website: zOptionalUrl(PROFILE_LIMITS.website),
  size: zOptionalChoice(COMPANY_SIZES),
  description: zOptionalText(PROFILE_LIMITS.description),
});
export type CompanyProfileFields = z.output<typeof zCompanyProfileFields>;

/** The company profile form and its action: which company, and its fields. */
export const zCompanyProfileInput = zCompanyProfileFields.extend({ companyId: zId });
export type CompanyProfileInput = z.output<typeof zCompanyProfileInput>;

export const zLocaleInput = z.strictObject({ locale: zLocale });

/** An employer without a company (e.g. made one by an admin) creates theirs. */
export const zCreateCompanyInput = z.strictObject({ name: zCompanyName });
export type CreateCompanyInput = z.output<typeof zCreateCompanyInput>;
