"use client";
import { useTranslations } from "next-intl";
import { ActionButton } from "@/components/ui/action-button";
import { revertTaxonomyChangeAction } from "@/lib/actions/taxonomy/revert-taxonomy-change";

export function RevertButton({ changeId, label }: { changeId: string; label: string }) {
  const t = useTranslations("editor.history");
  return (
    <ActionButton ariaLabel={t("revertFor", { label })} confirm={t("confirmRevert")} confirmLabel={t("revert")} run={() => revertTaxonomyChangeAction({ changeId })}>
      {t("revert")}
    </ActionButton>
  );
}
