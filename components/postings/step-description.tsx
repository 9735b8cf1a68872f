"use client";
// Step 5: the description in English and Russian, as Markdown. Written from
// the template when the step opens empty (or on request), then edited; what
// the lint flags is shown while typing, with the reason.
import { useTranslations } from "next-intl";
import { useEffect, useRef, useState } from "react";
import { useWatch } from "react-hook-form";
import { ActionButton } from "@/components/ui/action-button";
import { TextAreaField } from "@/components/ui/form-fields";
import { useMessage } from "@/components/ui/use-message";
import { StepShell } from "@/components/postings/step-shell";
import { useStepForm } from "@/components/postings/use-step-form";
import { draftPostingDescriptionAction } from "@/lib/actions/postings/draft-posting-description";
import { lintPostingText } from "@/lib/domain/posting-lint";
import { POSTING_LIMITS } from "@/lib/domain/posting-rules";
import { message } from "@/lib/i18n/message";
import { zDescriptionStep, zDescriptionStepDraft, type DescriptionStep } from "@/lib/validations/posting";

export function StepDescription(props: { postingId: string; version: number; initial: DescriptionStep; nextHref: string; prevHref: string }) {
  const t = useTranslations("postings.description");
  const text = useMessage();
  const step = useStepForm<DescriptionStep>({
    postingId: props.postingId,
    version: props.version,
    step: "description",
    initial: props.initial,
    draft: zDescriptionStepDraft,
    strict: zDescriptionStep,
    nextHref: props.nextHref,
    prevHref: props.prevHref,
  });
  const { form } = step;
  const values = useWatch({ control: form.control });
  // The text areas keep their own text: a new draft from the template draws them anew.
  const [drawn, setDrawn] = useState(0);

  const write = async () => {
    const result = await draftPostingDescriptionAction({ postingId: props.postingId });
    if (result.ok) {
      form.setValue("descriptionEn", result.value.descriptionEn, { shouldDirty: true });
      form.setValue("descriptionRu", result.value.descriptionRu, { shouldDirty: true });
      setDrawn((n) => n + 1);
    }
    return result;
  };
  const started = useRef(false);
  useEffect(() => {
    if (started.current || props.initial.descriptionEn || props.initial.descriptionRu) return;
    started.current = true;
    void write();
    // Once, when the step opens empty.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const empty = !values.descriptionEn && !values.descriptionRu;
  return (
    <StepShell formRef={step.formRef} onSubmit={step.onNext} formError={step.formError} saveState={step.saveState} submitting={form.formState.isSubmitting} onBack={step.onBack}>
      <div className="flex flex-wrap items-center justify-between gap-3">
        <p className="text-sm text-slate-700">{t("lead", { min: POSTING_LIMITS.descriptionMin, max: POSTING_LIMITS.descriptionMax })}</p>
        <ActionButton run={write} confirm={empty ? undefined : t("rewriteConfirm")}>
          {t("write")}
        </ActionButton>
      </div>
      <div key={drawn} className="grid gap-4 lg:grid-cols-2">
        {(["descriptionEn", "descriptionRu"] as const).map((field) => {
          const value = values[field] ?? "";
          const findings = lintPostingText(value);
          return (
            <div key={field} className="space-y-2">
              <TextAreaField form={form} name={field} rows={18} maxLength={POSTING_LIMITS.descriptionMax} label={t(field)} hint={t("count", { n: value.trim().length })} />
              {findings.length > 0 ? (
                <ul className="space-y-1 rounded-md border border-amber-300 bg-amber-50 p-3 text-sm text-amber-900">
                  {findings.map((f) => (
                    <li key={`${f.start}-${f.category}`}>{text(message(`errors.posting.lint.${f.category}`, { match: f.match }))}</li>
                  ))}
                </ul>
              ) : null}
            </div>
          );
        })}
      </div>
      <p className="text-sm text-slate-600">{t("markdownHint")}</p>
    </StepShell>
  );
}
