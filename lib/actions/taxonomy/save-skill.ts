"use server";
import { defineAction } from "@/lib/actions/safe-action";
import { taxonomyChanged } from "@/lib/actions/taxonomy/changed";
import { saveSkill } from "@/lib/server/taxonomy/edit";
import { zSaveSkillInput } from "@/lib/validations/taxonomy-editor";

export const saveSkillAction = defineAction({ name: "saveSkill", roles: ["ADMIN"], input: zSaveSkillInput }, async ({ input, user }) =>
  taxonomyChanged(await saveSkill(user, input)),
);
