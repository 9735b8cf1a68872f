"use client";
// The preview's submit: sends the posting to moderation. A near-duplicate of an
// open posting is said first; the company then confirms or goes back to edit.
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { useMessage } from "@/components/ui/use-message";
import { submitPostingAction } from "@/lib/actions/postings/submit-posting";
import { unpackMessage } from "@/lib/i18n/message";

export function SubmitPosting({ postingId, version, disabled }: { postingId: string; version: number; disabled: boolean }) {
  const t = useTranslations("postings.preview");
  const text = useMessage();
  const router = useRouter();
  const [pending, start] = useTransition();
  const [error, setError] = useState<string | null>(null);
  const [duplicate, setDuplicate] = useState(false);

  const send = (confirmNotDuplicate: boolean) =>
    start(async () => {
      setError(null);
      const result = await submitPostingAction({ postingId, version, confirmNotDuplicate }).catch(() => ({ ok: false as const, error: "errors.unexpected" }));
      if (result.ok) {
        router.push(`/company/postings/${postingId}?submitted=1`);
        return;
      }
      setDuplicate(unpackMessage(result.error).key === "errors.posting.nearDuplicate");
      setError(result.error);
    });

  return (
    <div className="space-y-3">
      {error ? <Alert tone="error">{text(error)}</Alert> : null}
      {duplicate ? (
        <Button variant="secondary" disabled={pending} onClick={() => send(true)}>
          {t("submitAnyway")}
        </Button>
      ) : (
        <Button disabled={pending || disabled} onClick={() => send(false)}>
          {pending ? t("submitting") : t("submit")}
        </Button>
      )}
    </div>
  );
}
