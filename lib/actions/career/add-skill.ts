"use server";
import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/actions/safe-action";
import { addMySkill } from "@/lib/server/career/background";
import { zAddSkillInput } from "@/lib/validations/career";

export const addSkillAction = defineAction(
  { name: "addSkill", roles: ["CANDIDATE"], input: zAddSkillInput },
  async ({ input, user }) => {
    const result = await addMySkill(user, input);
    if (result.ok) revalidatePath("/career");
    return result;
  },
);
