"use server";
import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/actions/safe-action";
import { setLeadStatus } from "@/lib/server/leads";
import { zSetLeadStatusInput } from "@/lib/validations/leads";

export const setLeadStatusAction = defineAction(
  { name: "setLeadStatus", roles: ["ADMIN"], input: zSetLeadStatusInput },
  async ({ input, user }) => {
    const result = await setLeadStatus(user, input);
    if (result.ok) revalidatePath("/admin/leads");
    return result;
  },
);
