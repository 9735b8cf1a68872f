"use server";
import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/actions/safe-action";
import { createMyCompany } from "@/lib/server/companies";
import { zCreateCompanyInput } from "@/lib/validations/profile";

export const createCompanyAction = defineAction(
  { name: "createCompany", roles: ["EMPLOYER"], input: zCreateCompanyInput },
  async ({ input, user }) => {
    const result = await createMyCompany(user, input.name);
    if (result.ok) revalidatePath("/company");
    return result;
  },
);
