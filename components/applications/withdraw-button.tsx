"use client";
import { useTranslations } from "next-intl";
import { ActionButton } from "@/components/ui/action-button";
import { withdrawApplicationAction } from "@/lib/actions/applications/withdraw-application";

/** Withdraws one of the candidate's applications, after a second click to confirm. */
export function WithdrawButton({ applicationId, title }: { applicationId: string; title: string }) {
  const t = useTranslations("applications.mine");
  return (
    <ActionButton
      variant="secondary"
      ariaLabel={t("withdrawFor", { title })}
      confirm={t("withdrawConfirm")}
      confirmLabel={t("withdraw")}
      run={() => withdrawApplicationAction({ applicationId })}
    >
      {t("withdraw")}
    </ActionButton>
  );
}
