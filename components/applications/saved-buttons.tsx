"use client";
// The candidate's small saving controls: save a job, save the board's search,
// turn a saved search's alerts on or off, delete it. Each runs its action and
// says what happened next to it.
import { useTranslations } from "next-intl";
import Link from "next/link";
import { useState } from "react";
import { ActionButton } from "@/components/ui/action-button";
import { deleteSavedSearchAction } from "@/lib/actions/saved/delete-saved-search";
import { saveJobAction } from "@/lib/actions/saved/save-job";
import { saveSearchAction } from "@/lib/actions/saved/save-search";
import { setSearchNotifyAction } from "@/lib/actions/saved/set-search-notify";

/** Saves or un-saves a job; on the Saved page itself (`inList`) it only removes, and says so plainly. */
export function SaveJobButton({ postingId, saved, inList = false, title }: { postingId: string; saved: boolean; inList?: boolean; title?: string }) {
  const t = useTranslations("applications.saved");
  return (
    <ActionButton
      variant={saved ? "secondary" : "ghost"}
      ariaLabel={inList && title ? `${t("remove")}: ${title}` : undefined}
      run={() => saveJobAction({ postingId, saved: !saved })}
    >
      {inList ? t("remove") : saved ? t("unsave") : t("save")}
    </ActionButton>
  );
}

export function SaveSearchButton({ query }: { query: string }) {
  const t = useTranslations("applications.saved");
  const [done, setDone] = useState(false);
  if (done) {
    return (
      <p role="status" className="text-sm text-green-800">
        {t("searchSaved")}{" "}
        <Link href="/saved" className="underline">
          {t("manage")}
        </Link>
      </p>
    );
  }
  return (
    <ActionButton variant="secondary" run={() => saveSearchAction({ query })} onDone={() => setDone(true)}>
      {t("saveSearch")}
    </ActionButton>
  );
}

export function SearchNotifyButton({ searchId, notify, label }: { searchId: string; notify: boolean; label: string }) {
  const t = useTranslations("applications.saved");
  return (
    <ActionButton variant="ghost" ariaLabel={`${notify ? t("turnOff") : t("turnOn")}: ${label}`} run={() => setSearchNotifyAction({ searchId, notify: !notify })}>
      {notify ? t("turnOff") : t("turnOn")}
    </ActionButton>
  );
}

export function DeleteSearchButton({ searchId, label }: { searchId: string; label: string }) {
  const t = useTranslations("applications.saved");
  return (
    <ActionButton variant="ghost" ariaLabel={`${t("delete")}: ${label}`} confirm={t("deleteConfirm")} confirmLabel={t("delete")} run={() => deleteSavedSearchAction({ searchId })}>
      {t("delete")}
    </ActionButton>
  );
}
