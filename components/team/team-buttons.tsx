"use client";
// The owner's buttons in the team list: remove a recruiter, withdraw an invitation.
import { useTranslations } from "next-intl";
import { ActionButton } from "@/components/ui/action-button";
import { removeMemberAction } from "@/lib/actions/team/remove-member";
import { revokeInviteAction } from "@/lib/actions/team/revoke-invite";

export function RemoveMemberButton({ userId, name }: { userId: string; name: string }) {
  const t = useTranslations("company.team");
  return (
    <ActionButton variant="ghost" run={() => removeMemberAction({ userId })} confirm={t("removeConfirm", { name })} ariaLabel={t("removeLabel", { name })}>
      {t("remove")}
    </ActionButton>
  );
}

export function RevokeInviteButton({ inviteId, email }: { inviteId: string; email: string }) {
  const t = useTranslations("company.team");
  return (
    <ActionButton variant="ghost" run={() => revokeInviteAction({ inviteId })} ariaLabel={t("revokeLabel", { email })}>
      {t("revoke")}
    </ActionButton>
  );
}
