"use server";
import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/actions/safe-action";
import { setUserRole } from "@/lib/server/users";
import { zSetUserRoleInput } from "@/lib/validations/admin";

export const setUserRoleAction = defineAction(
  { name: "setUserRole", roles: ["ADMIN"], input: zSetUserRoleInput },
  async ({ input, user }) => {
    const result = await setUserRole(user, input.userId, input.role);
    if (result.ok) revalidatePath("/admin/users");
    return result;
  },
);
