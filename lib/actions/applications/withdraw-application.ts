"use server";
import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/actions/safe-action";
import { withdrawMyApplication } from "@/lib/server/applications/mine";
import { zApplicationRef } from "@/lib/validations/application";

/** Withdraws the candidate's own open application; the company sees it withdrawn. */
export const withdrawApplicationAction = defineAction(
  { name: "withdrawApplication", roles: ["CANDIDATE"], input: zApplicationRef },
  async ({ input, user }) => {
    const result = await withdrawMyApplication(user, input.applicationId);
    if (result.ok) revalidatePath("/applications");
    return result;
  },
);
