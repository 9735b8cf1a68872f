"use server";
import { defineAction } from "@/lib/actions/safe-action";
import { moveApplicantStage } from "@/lib/server/applications/pipeline";
import { zMoveStageInput } from "@/lib/validations/application";

/** Moves an applicant of the member's company to another stage; the candidate gets a notice (and an e-mail where SMTP is set). */
export const moveApplicantAction = defineAction(
  {
    name: "moveApplicant",
    roles: ["EMPLOYER"],
    input: zMoveStageInput,
    limits: [{ name: "applicantMoves", by: "user", max: 600, windowMinutes: 10 }],
  },
  async ({ input, user }) => moveApplicantStage(user, input),
);
