"use server";
import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/actions/safe-action";
import { approvePosting } from "@/lib/server/postings/status";
import { zPostingIdInput } from "@/lib/validations/posting";

export const approvePostingAction = defineAction(
  { name: "approvePosting", roles: ["ADMIN"], input: zPostingIdInput },
  async ({ input, user }) => {
    const result = await approvePosting(user, input.postingId);
    if (result.ok) revalidatePath("/admin/moderation");
    return result;
  },
);
