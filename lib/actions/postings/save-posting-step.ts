"use server";
import { defineAction } from "@/lib/actions/safe-action";
import { savePostingStep } from "@/lib/server/postings/drafts";
import { zSavePostingStepInput } from "@/lib/validations/posting";

/** One wizard step: saved as a draft (also on a timer while typing), or checked strictly to move on. */
export const savePostingStepAction = defineAction(
  {
    name: "savePostingStep",
    roles: ["EMPLOYER"],
    input: zSavePostingStepInput,
    limits: [{ name: "postingSave", by: "user", max: 600, windowMinutes: 10 }],
  },
  async ({ input, user }) => savePostingStep(user, input),
);
