"use server";
import { defineAction } from "@/lib/actions/safe-action";
import { taxonomyChanged } from "@/lib/actions/taxonomy/changed";
import { mergeSkills } from "@/lib/server/taxonomy/merge";
import { zMergeSkillsInput } from "@/lib/validations/taxonomy-editor";

export const mergeSkillsAction = defineAction({ name: "mergeSkills", roles: ["ADMIN"], input: zMergeSkillsInput }, async ({ input, user }) =>
  taxonomyChanged(await mergeSkills(user, input)),
);
