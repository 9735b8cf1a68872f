"use client";
// Adds a private note on an applicant; the text is kept if the save is refused.
import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import type { z } from "zod";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { TextAreaField } from "@/components/ui/form-fields";
import { FormMessage } from "@/components/ui/form-message";
import { useServerForm } from "@/components/ui/use-server-form";
import { addApplicantNoteAction } from "@/lib/actions/applications/add-applicant-note";
import { APPLICATION_LIMITS } from "@/lib/domain/application-rules";
import { zAddNoteInput } from "@/lib/validations/application";

type Values = z.input<typeof zAddNoteInput>;

export function NoteForm({ applicationId }: { applicationId: string }) {
  const t = useTranslations("applications.applicant.notes");
  const router = useRouter();
  const [saved, setSaved] = useState(false);
  const form = useForm<Values, unknown, z.output<typeof zAddNoteInput>>({ resolver: zodResolver(zAddNoteInput), defaultValues: { applicationId, body: "" } });
  const { formError, submit, onInvalid, formRef } = useServerForm(form);

  const onSubmit = form.handleSubmit(async (values) => {
    setSaved(false);
    if (await submit(() => addApplicantNoteAction(values))) {
      form.reset({ applicationId, body: "" });
      setSaved(true);
      router.refresh();
    }
  }, onInvalid);

  return (
    <form ref={formRef} onSubmit={onSubmit} noValidate className="space-y-3">
      {saved ? <Alert tone="success">{t("saved")}</Alert> : null}
      <FormMessage message={formError} />
      <TextAreaField form={form} name="body" label={t("body")} rows={3} maxLength={APPLICATION_LIMITS.noteMax} />
      <Button type="submit" variant="secondary" disabled={form.formState.isSubmitting}>
        {t("save")}
      </Button>
    </form>
  );
}
