import { z } from "@/lib/validations/z";
import { zId } from "@/lib/validations/fields";
import { USER_ROLES } from "@/lib/views/vocabulary";

export const zSetUserRoleInput = z.strictObject({ userId: zId, role: z.enum(USER_ROLES) });
export type SetUserRoleInput = z.output<typeof zSetUserRoleInput>;

export const zSetUserDisabledInput = z.strictObject({ userId: zId, disabled: z.boolean() });
export type SetUserDisabledInput = z.output<typeof zSetUserDisabledInput>;

export const USER_SEARCH_MAX = 100;

/** The users page's query string. A search longer than USER_SEARCH_MAX is kept, so the page can say why it finds nothing. */
export const zUserListQuery = z.object({
  q: z.preprocess((v) => (Array.isArray(v) ? v[0] : v), z.string().trim().optional()).catch(undefined),
  page: z.coerce.number().int().min(1).max(10_000).catch(1).default(1),
});
