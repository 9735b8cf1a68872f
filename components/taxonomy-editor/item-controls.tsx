"use client";
// An item's status, order and deletion: deprecate or restore, move up or down,
// delete (asked twice; refused with the reason when the item is in use).
import { useTranslations } from "next-intl";
import { ActionButton } from "@/components/ui/action-button";
import { deleteTaxonomyItemAction } from "@/lib/actions/taxonomy/delete-taxonomy-item";
import { moveTaxonomyItemAction } from "@/lib/actions/taxonomy/move-taxonomy-item";
import { setTaxonomyStatusAction } from "@/lib/actions/taxonomy/set-taxonomy-status";
import type { ListedEntity } from "@/lib/validations/taxonomy-editor";
import type { TaxonomyStatus } from "@/lib/views/vocabulary";

interface Props {
  entity: ListedEntity;
  itemKey: string;
  label: string;
  version: number;
  status: TaxonomyStatus;
  /** Show the up/down buttons (where the list's order is the one shown). */
  movable?: boolean;
  /** Where to go after a deletion (the item's own page is gone then). */
  afterDelete?: string;
}

export function ItemControls({ entity, itemKey, label, version, status, movable, afterDelete }: Props) {
  const t = useTranslations("editor");
  const item = { entity, key: itemKey, version };
  return (
    <div className="flex flex-wrap items-center gap-2">
      {movable ? (
        <>
          <ActionButton ariaLabel={t("moveUpFor", { label })} run={() => moveTaxonomyItemAction({ ...item, direction: "up" })}>
            <span aria-hidden="true">↑</span>
          </ActionButton>
          <ActionButton ariaLabel={t("moveDownFor", { label })} run={() => moveTaxonomyItemAction({ ...item, direction: "down" })}>
            <span aria-hidden="true">↓</span>
          </ActionButton>
        </>
      ) : null}
      {status === "ACTIVE" ? (
        <ActionButton ariaLabel={t("deprecateFor", { label })} run={() => setTaxonomyStatusAction({ ...item, status: "DEPRECATED" })}>
          {t("deprecate")}
        </ActionButton>
      ) : (
        <ActionButton ariaLabel={t("restoreFor", { label })} run={() => setTaxonomyStatusAction({ ...item, status: "ACTIVE" })}>
          {t("restore")}
        </ActionButton>
      )}
      <ActionButton
        variant="danger"
        ariaLabel={t("deleteFor", { label })}
        confirm={t("confirmDelete", { label })}
        confirmLabel={t("delete")}
        run={() => deleteTaxonomyItemAction(item)}
        onDone={afterDelete ? () => window.location.assign(afterDelete) : undefined}
      >
        {t("delete")}
      </ActionButton>
    </div>
  );
}
