"use client";
// The map's two small actions, each a button that refreshes the page: make a
// role the gap plan's target, and add a missing skill to the profile.
import { useTranslations } from "next-intl";
import { ActionButton } from "@/components/ui/action-button";
import { addSkillAction } from "@/lib/actions/career/add-skill";
import { setTargetRoleAction } from "@/lib/actions/career/set-target-role";

export function SetTargetButton({ roleId, label, clear = false }: { roleId: string; label: string; clear?: boolean }) {
  const t = useTranslations("career");
  return (
    <ActionButton variant={clear ? "ghost" : "secondary"} run={() => setTargetRoleAction({ roleId: clear ? null : roleId })} ariaLabel={clear ? t("plan.clearFor", { role: label }) : t("plan.setFor", { role: label })}>
      {clear ? t("plan.clear") : t("plan.set")}
    </ActionButton>
  );
}

export function AddSkillButton({ skillId, level, label }: { skillId: string; level: number; label: string }) {
  const t = useTranslations("career");
  return (
    <ActionButton run={() => addSkillAction({ skillId, level })} ariaLabel={t("plan.addFor", { skill: label, level })}>
      {t("plan.add", { level })}
    </ActionButton>
  );
}
