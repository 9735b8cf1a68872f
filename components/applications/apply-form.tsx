"use client";
// The application form on a job page: a cover note (optional) and the
// posting's questions, yes/no as two large choices. A refused send keeps
// everything typed and marks the question; a sent one is replaced by where to
// follow it.
import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import Link from "next/link";
import { useState } from "react";
import { useForm } from "react-hook-form";
import type { z } from "zod";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { ChoiceGroup } from "@/components/ui/choice-group";
import { TextAreaField, TextField } from "@/components/ui/form-fields";
import { FormMessage } from "@/components/ui/form-message";
import { useServerForm } from "@/components/ui/use-server-form";
import { applyAction } from "@/lib/actions/applications/apply";
import { APPLICATION_LIMITS } from "@/lib/domain/application-rules";
import { zApplyInput } from "@/lib/validations/application";

export interface ApplyQuestion {
  id: string;
  kind: "YES_NO" | "TEXT";
  text: string;
}

type Values = z.input<typeof zApplyInput>;
type Output = z.output<typeof zApplyInput>;

export function ApplyForm({ postingId, questions }: { postingId: string; questions: ApplyQuestion[] }) {
  const t = useTranslations("applications.apply");
  const [sent, setSent] = useState(false);
  const form = useForm<Values, unknown, Output>({
    resolver: zodResolver(zApplyInput),
    defaultValues: { postingId, coverNote: "", answers: Object.fromEntries(questions.map((q) => [q.id, ""])) },
  });
  const { formError, submit, onInvalid, formRef } = useServerForm(form);

  // Sent: the form gives way to where to follow the application (the page is not refreshed, so this note stays).
  const onSubmit = form.handleSubmit(async (values) => {
    if (await submit(() => applyAction(values))) setSent(true);
  }, onInvalid);

  if (sent) {
    return (
      <Alert tone="success">
        {t("sent")}{" "}
        <Link href="/applications" className="font-medium underline">
          {t("toMine")}
        </Link>
      </Alert>
    );
  }

  return (
    <form ref={formRef} onSubmit={onSubmit} noValidate className="space-y-5">
      <FormMessage message={formError} />
      <TextAreaField form={form} name="coverNote" label={t("coverNote")} hint={t("coverNoteHint")} rows={4} maxLength={APPLICATION_LIMITS.coverNoteMax} />
      {questions.length > 0 ? (
        <fieldset className="space-y-4">
          <legend className="mb-2 font-medium text-slate-900">{t("questions")}</legend>
          {questions.map((q) =>
            q.kind === "YES_NO" ? (
              <ChoiceGroup
                key={q.id}
                form={form}
                name={`answers.${q.id}`}
                legend={q.text}
                type="radio"
                columns={2}
                options={[
                  { value: "yes", label: t("yes") },
                  { value: "no", label: t("no") },
                ]}
              />
            ) : (
              <TextField key={q.id} form={form} name={`answers.${q.id}`} label={q.text} maxLength={APPLICATION_LIMITS.answerMax} idPrefix="q" />
            ),
          )}
        </fieldset>
      ) : null}
      <Button type="submit" disabled={form.formState.isSubmitting}>
        {form.formState.isSubmitting ? t("sending") : t("submit")}
      </Button>
    </form>
  );
}
