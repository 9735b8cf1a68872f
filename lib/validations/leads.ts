import { z } from "@/lib/validations/z";
import { zCompanyName, zEmail, zId, zLocale, zOptionalText, zPersonName } from "@/lib/validations/fields";
import { LEAD_NEEDS, LEAD_STATUSES } from "@/lib/views/vocabulary";

export const LEAD_MESSAGE_MAX = 2000;

/**
 * The public contact form. `homepage` is a honeypot: hidden from people (and
 * from screen readers), filled in only by bots; the form then answers as if
 * it had worked, and nothing is kept.
 */
export const zLeadInput = z.strictObject({
  name: zPersonName,
  company: zCompanyName,
  email: zEmail,
  need: z.enum(LEAD_NEEDS),
  message: zOptionalText(LEAD_MESSAGE_MAX),
  locale: zLocale.default("en"),
  homepage: z.string().max(300).optional().default(""),
});
export type LeadInput = z.output<typeof zLeadInput>;

export const zSetLeadStatusInput = z.strictObject({ leadId: zId, status: z.enum(LEAD_STATUSES), version: z.number().int().min(1) });
export type SetLeadStatusInput = z.output<typeof zSetLeadStatusInput>;
