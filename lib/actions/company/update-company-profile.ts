"use server";
import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/actions/safe-action";
import { updateCompanyProfile } from "@/lib/server/companies";
import { zCompanyProfileInput } from "@/lib/validations/profile";

export const updateCompanyProfileAction = defineAction(
  { name: "updateCompanyProfile", roles: ["EMPLOYER"], input: zCompanyProfileInput },
  async ({ input: { companyId, ...fields }, user }) => {
    const result = await updateCompanyProfile(user, companyId, fields);
    if (result.ok) revalidatePath("/company");
    return result;
  },
);
