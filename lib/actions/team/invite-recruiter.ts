"use server";
import { revalidatePath } from "next/cache";
import { getTranslations } from "next-intl/server";
import { defineAction } from "@/lib/actions/safe-action";
import { publicUrl } from "@/lib/env";
import { inviteRecruiter } from "@/lib/server/company-invites";
import { zInviteRecruiterInput } from "@/lib/validations/team";

/** The owner invites a recruiter; the e-mail goes out in the inviting owner's language. */
export const inviteRecruiterAction = defineAction(
  {
    name: "inviteRecruiter",
    roles: ["EMPLOYER"],
    input: zInviteRecruiterInput,
    limits: [{ name: "invite", by: "user", max: 20, windowMinutes: 60 }],
  },
  async ({ input, user }) => {
    const t = await getTranslations({ locale: user.locale, namespace: "company.inviteMail" });
    const result = await inviteRecruiter(user, input.email, publicUrl, {
      subject: t("subject"),
      body: (link, company) => t("body", { link, company }),
    });
    if (result.ok) revalidatePath("/company");
    return result;
  },
);
