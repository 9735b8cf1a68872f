"use server";
import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/actions/safe-action";
import { extendPosting } from "@/lib/server/postings/status";
import { zExtendPostingInput } from "@/lib/validations/posting";

/** Keeps a published posting open longer, within 90 days of its publication. */
export const extendPostingAction = defineAction(
  { name: "extendPosting", roles: ["EMPLOYER"], input: zExtendPostingInput },
  async ({ input, user }) => {
    const result = await extendPosting(user, input.postingId, input.days);
    if (result.ok) revalidatePath("/company/postings");
    return result;
  },
);
