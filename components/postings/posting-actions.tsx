"use client";
// What a company can do with a posting in its current status: withdraw it from
// moderation, delete a draft, close or extend a published one.
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { ActionButton } from "@/components/ui/action-button";
import { Select } from "@/components/ui/field";
import { closePostingAction } from "@/lib/actions/postings/close-posting";
import { deletePostingDraftAction } from "@/lib/actions/postings/delete-posting-draft";
import { extendPostingAction } from "@/lib/actions/postings/extend-posting";
import { withdrawPostingAction } from "@/lib/actions/postings/withdraw-posting";
import type { PostingStatusCode } from "@/lib/domain/posting-rules";

const EXTEND_BY = [7, 14, 30] as const;

export function PostingActions(props: { postingId: string; status: PostingStatusCode; deletable: boolean; extendableDays: number }) {
  const t = useTranslations("postings.manage");
  const router = useRouter();
  const [days, setDays] = useState<number>(EXTEND_BY.find((d) => d <= props.extendableDays) ?? 0);
  const postingId = props.postingId;
  return (
    <div className="flex flex-wrap items-center gap-3">
      {props.status === "SUBMITTED" ? (
        <ActionButton run={() => withdrawPostingAction({ postingId })} confirm={t("withdrawConfirm")}>
          {t("withdraw")}
        </ActionButton>
      ) : null}
      {props.deletable ? (
        <ActionButton
          variant="danger"
          run={() => deletePostingDraftAction({ postingId })}
          confirm={t("deleteConfirm")}
          onDone={() => router.push("/company/postings")}
        >
          {t("delete")}
        </ActionButton>
      ) : null}
      {props.status === "PUBLISHED" ? (
        <>
          {props.extendableDays >= 1 ? (
            <span className="inline-flex flex-wrap items-center gap-2">
              <label htmlFor="extend-days" className="text-sm">
                {t("extendBy")}
              </label>
              <Select id="extend-days" className="!w-32" value={days} onChange={(e) => setDays(Number(e.target.value))}>
                {EXTEND_BY.filter((d) => d <= props.extendableDays).map((d) => (
                  <option key={d} value={d}>
                    {t("days", { n: d })}
                  </option>
                ))}
                {EXTEND_BY.every((d) => d !== props.extendableDays) ? (
                  <option value={props.extendableDays}>{t("days", { n: props.extendableDays })}</option>
                ) : null}
              </Select>
              <ActionButton run={() => extendPostingAction({ postingId, days })}>{t("extend")}</ActionButton>
            </span>
          ) : (
            <span className="text-sm text-slate-600">{t("cannotExtend")}</span>
          )}
          <ActionButton variant="danger" run={() => closePostingAction({ postingId })} confirm={t("closeConfirm")}>
            {t("close")}
          </ActionButton>
        </>
      ) : null}
    </div>
  );
}
