"use server";
import { defineAction } from "@/lib/actions/safe-action";
import { inviteToApply } from "@/lib/server/applications/candidate-search";
import { zInviteInput } from "@/lib/validations/application";

/** Invites a candidate found in the search to apply to one of the company's open postings. */
export const inviteToApplyAction = defineAction(
  { name: "inviteToApply", roles: ["EMPLOYER"], input: zInviteInput, limits: [{ name: "applyInvitations", by: "user", max: 100, windowMinutes: 24 * 60 }] },
  async ({ input, user }) => inviteToApply(user, input.candidateId, input.postingId),
);
