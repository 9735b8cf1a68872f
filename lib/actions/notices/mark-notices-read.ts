"use server";
import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/actions/safe-action";
import { markNoticesRead } from "@/lib/server/notices";
import { zMarkNoticesReadInput } from "@/lib/validations/notices";
import { ok } from "@/lib/validations/result";

export const markNoticesReadAction = defineAction(
  { name: "markNoticesRead", roles: "signed-in", input: zMarkNoticesReadInput },
  async ({ input, user }) => {
    await markNoticesRead(user, input.ids);
    revalidatePath("/notices");
    return ok(null);
  },
);
