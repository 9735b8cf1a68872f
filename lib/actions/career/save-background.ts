"use server";
import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/actions/safe-action";
import { saveMyBackground } from "@/lib/server/career/background";
import { zBackgroundInput } from "@/lib/validations/career";

export const saveBackgroundAction = defineAction(
  {
    name: "saveBackground",
    roles: ["CANDIDATE"],
    input: zBackgroundInput,
    limits: [{ name: "background", by: "user", max: 300, windowMinutes: 10 }],
  },
  async ({ input, user }) => {
    const result = await saveMyBackground(user, input);
    if (result.ok) revalidatePath("/career");
    return result;
  },
);
