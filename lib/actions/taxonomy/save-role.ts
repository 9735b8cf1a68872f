"use server";
import { defineAction } from "@/lib/actions/safe-action";
import { taxonomyChanged } from "@/lib/actions/taxonomy/changed";
import { saveRole } from "@/lib/server/taxonomy/edit";
import { zSaveRoleInput } from "@/lib/validations/taxonomy-editor";

export const saveRoleAction = defineAction({ name: "saveRole", roles: ["ADMIN"], input: zSaveRoleInput }, async ({ input, user }) =>
  taxonomyChanged(await saveRole(user, input)),
);
