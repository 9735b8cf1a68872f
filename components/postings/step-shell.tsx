"use client";
// The frame of a wizard step: its fields, the form's message, where the draft
// stands (saved, saving, not saved and why), and Back / Next.
import { useFormatter, useTranslations } from "next-intl";
import type { FormEventHandler, ReactNode, RefObject } from "react";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import { useMessage } from "@/components/ui/use-message";
import type { SaveState } from "@/components/postings/use-step-form";

export function StepShell({
  formRef,
  onSubmit,
  formError,
  saveState: s,
  submitting,
  onBack,
  children,
}: {
  formRef: RefObject<HTMLFormElement | null>;
  onSubmit: FormEventHandler<HTMLFormElement>;
  formError: string | null;
  saveState: SaveState;
  submitting: boolean;
  onBack?: () => void;
  children: ReactNode;
}) {
  const t = useTranslations("postings.wizard");
  const format = useFormatter();
  const text = useMessage();
  return (
    <form ref={formRef} onSubmit={onSubmit} noValidate className="space-y-6">
      <FormMessage message={formError} />
      {children}
      <div className="flex flex-col-reverse gap-3 border-t border-slate-200 pt-4 sm:flex-row sm:items-center sm:justify-between">
        <p role="status" aria-live="polite" className={`text-sm ${s.kind === "failed" ? "text-red-700" : "text-slate-600"}`}>
          {s.kind === "saving"
            ? t("saving")
            : s.kind === "saved"
              ? t("savedAt", { time: format.dateTime(s.at, { hour: "2-digit", minute: "2-digit", second: "2-digit" }) })
              : s.kind === "failed"
                ? t("notSaved", { reason: text(s.error) ?? "" })
                : t("autosaveHint")}
        </p>
        <div className="flex gap-3">
          {onBack ? (
            <Button type="button" variant="secondary" onClick={onBack}>
              {t("back")}
            </Button>
          ) : null}
          <Button type="submit" disabled={submitting}>
            {t("next")}
          </Button>
        </div>
      </div>
    </form>
  );
}
