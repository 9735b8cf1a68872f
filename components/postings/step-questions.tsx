"use client";
// Step 4: up to five screening questions, yes/no or a short text, in both
// languages; a yes/no question can be a knock-out with the answer it needs.
import { useTranslations } from "next-intl";
import { useFieldArray, useWatch } from "react-hook-form";
import { Button } from "@/components/ui/button";
import { SelectField, TextField } from "@/components/ui/form-fields";
import { StepShell } from "@/components/postings/step-shell";
import { useStepForm } from "@/components/postings/use-step-form";
import { POSTING_LIMITS } from "@/lib/domain/posting-rules";
import { QUESTION_KINDS, zQuestionsStep, zQuestionsStepDraft, type QuestionsStep } from "@/lib/validations/posting";

type Values = QuestionsStep;

export function StepQuestions(props: { postingId: string; version: number; initial: QuestionsStep; nextHref: string; prevHref: string }) {
  const t = useTranslations("postings.questions");
  const step = useStepForm<Values>({
    postingId: props.postingId,
    version: props.version,
    step: "questions",
    // The select shows "yes" / "no"; the schema reads them as true / false.
    initial: {
      questions: props.initial.questions.map((q) => ({ ...q, expectedYes: q.expectedYes === true ? "yes" : q.expectedYes === false ? "no" : "" })),
    } as unknown as Values,
    draft: zQuestionsStepDraft,
    strict: zQuestionsStep,
    nextHref: props.nextHref,
    prevHref: props.prevHref,
  });
  const { form } = step;
  const questions = useFieldArray({ control: form.control, name: "questions" });
  const values = useWatch({ control: form.control, name: "questions" }) ?? [];

  return (
    <StepShell formRef={step.formRef} onSubmit={step.onNext} formError={step.formError} saveState={step.saveState} submitting={form.formState.isSubmitting} onBack={step.onBack}>
      <p className="text-sm text-slate-700">{t("lead", { max: POSTING_LIMITS.questionsMax })}</p>
      {questions.fields.length === 0 ? <p className="text-sm text-slate-600">{t("none")}</p> : null}
      <ol className="space-y-4">
        {questions.fields.map((field, i) => {
          const q = values[i];
          return (
            <li key={field.id} className="space-y-3 rounded-md border border-slate-200 p-4">
              <div className="flex items-center justify-between gap-2">
                <h2 className="font-semibold">{t("number", { n: i + 1 })}</h2>
                <Button type="button" variant="ghost" className="py-1" onClick={() => questions.remove(i)}>
                  {t("remove")}
                </Button>
              </div>
              <SelectField form={form} name={`questions.${i}.kind`} label={t("kind")} idPrefix={`q${i}`}>
                {QUESTION_KINDS.map((k) => (
                  <option key={k} value={k}>
                    {t(`kinds.${k}`)}
                  </option>
                ))}
              </SelectField>
              <div className="grid gap-3 md:grid-cols-2">
                <TextField form={form} name={`questions.${i}.textEn`} label={t("textEn")} maxLength={POSTING_LIMITS.questionMax} idPrefix={`q${i}`} />
                <TextField form={form} name={`questions.${i}.textRu`} label={t("textRu")} maxLength={POSTING_LIMITS.questionMax} idPrefix={`q${i}`} />
              </div>
              {q?.kind === "YES_NO" ? (
                <div className="flex flex-col gap-3 sm:flex-row sm:items-end">
                  <label className="flex items-center gap-2 text-sm">
                    <input type="checkbox" className="h-4 w-4" {...form.register(`questions.${i}.knockout`)} />
                    {t("knockout")}
                  </label>
                  {q.knockout ? (
                    <SelectField
                      form={form}
                      name={`questions.${i}.expectedYes`}
                      label={t("expected")}
                      idPrefix={`q${i}`}
                    >
                      <option value="">{t("choose")}</option>
                      <option value="yes">{t("yes")}</option>
                      <option value="no">{t("no")}</option>
                    </SelectField>
                  ) : null}
                </div>
              ) : null}
            </li>
          );
        })}
      </ol>
      {questions.fields.length < POSTING_LIMITS.questionsMax ? (
        <Button type="button" variant="secondary" onClick={() => questions.append({ kind: "YES_NO", textEn: "", textRu: "", knockout: false, expectedYes: null })}>
          {t("add")}
        </Button>
      ) : null}
    </StepShell>
  );
}
