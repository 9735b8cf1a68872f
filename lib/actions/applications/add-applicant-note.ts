"use server";
import { defineAction } from "@/lib/actions/safe-action";
import { addApplicantNote } from "@/lib/server/applications/pipeline";
import { zAddNoteInput } from "@/lib/validations/application";

/** A private note on an applicant, seen by the company's members only. */
export const addApplicantNoteAction = defineAction(
  {
    name: "addApplicantNote",
    roles: ["EMPLOYER"],
    input: zAddNoteInput,
    limits: [{ name: "applicantNotes", by: "user", max: 300, windowMinutes: 10 }],
  },
  async ({ input, user }) => addApplicantNote(user, input),
);
