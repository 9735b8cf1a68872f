import { z } from "@/lib/validations/z";

export const USER_ROLES = ["CANDIDATE", "EMPLOYER", "ADMIN"] as const;

const zUserId = z.string().min(1, "errors.notFound").max(64, "errors.notFound");

export const zSetUserRoleInput = z.object({
  userId: zUserId,
  role: z.enum(USER_ROLES, { message: "errors.invalidChoice" }),
});
export type SetUserRoleInput = z.output<typeof zSetUserRoleInput>;

export const zSetUserDisabledInput = z.object({ userId: zUserId, disabled: z.boolean() });
export type SetUserDisabledInput = z.output<typeof zSetUserDisabledInput>;

export const zUserListQuery = z.object({
  q: z.string().trim().max(100).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(10_000).catch(1).default(1),
});
