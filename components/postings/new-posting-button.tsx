"use client";
// Starts a new posting: a draft on the server, then the wizard's first step.
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import { useMessage } from "@/components/ui/use-message";
import { createPostingDraftAction } from "@/lib/actions/postings/create-posting-draft";

export function NewPostingButton() {
  const t = useTranslations("postings.list");
  const text = useMessage();
  const router = useRouter();
  const [pending, start] = useTransition();
  const [error, setError] = useState<string | null>(null);
  return (
    <span className="inline-flex flex-col items-end gap-1">
      <Button
        disabled={pending}
        onClick={() =>
          start(async () => {
            const result = await createPostingDraftAction({}).catch(() => ({ ok: false as const, error: "errors.unexpected" }));
            if (result.ok) router.push(`/company/postings/${result.value.postingId}/edit/role`);
            else setError(result.error);
          })
        }
      >
        {t("new")}
      </Button>
      {error ? (
        <span role="alert" className="text-sm text-red-700">
          {text(error)}
        </span>
      ) : null}
    </span>
  );
}
