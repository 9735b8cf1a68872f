"use server";
import { defineAction } from "@/lib/actions/safe-action";
import { taxonomyChanged } from "@/lib/actions/taxonomy/changed";
import { saveSkillGroup } from "@/lib/server/taxonomy/edit";
import { zSaveSkillGroupInput } from "@/lib/validations/taxonomy-editor";

export const saveSkillGroupAction = defineAction({ name: "saveSkillGroup", roles: ["ADMIN"], input: zSaveSkillGroupInput }, async ({ input, user }) =>
  taxonomyChanged(await saveSkillGroup(user, input)),
);
