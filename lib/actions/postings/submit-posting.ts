"use server";
import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/actions/safe-action";
import { submitPosting } from "@/lib/server/postings/status";
import { zSubmitPostingInput } from "@/lib/validations/posting";

export const submitPostingAction = defineAction(
  { name: "submitPosting", roles: ["EMPLOYER"], input: zSubmitPostingInput },
  async ({ input, user }) => {
    const result = await submitPosting(user, input);
    if (result.ok) revalidatePath("/company/postings");
    return result;
  },
);
