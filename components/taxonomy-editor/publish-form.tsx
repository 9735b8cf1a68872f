"use client";
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
import { publishTaxonomyVersionAction } from "@/lib/actions/taxonomy/publish-taxonomy-version";
import { zPublishVersionInput } from "@/lib/validations/taxonomy-editor";

/** Publishes the taxonomy as it is now as the next numbered version, with a note. */
export function PublishForm() {
  const t = useTranslations("editor.versions");
  const router = useRouter();
  const [published, setPublished] = useState<number | null>(null);
  const form = useForm<z.input<typeof zPublishVersionInput>, unknown, z.output<typeof zPublishVersionInput>>({
    resolver: zodResolver(zPublishVersionInput),
    defaultValues: { note: "" },
  });
  const { formError, submit, onInvalid, formRef } = useServerForm(form);
  const onSubmit = form.handleSubmit(async (values) => {
    setPublished(null);
    let number = 0;
    const done = await submit(async () => {
      const result = await publishTaxonomyVersionAction(values);
      if (result.ok) number = result.value.number;
      return result;
    });
    if (!done) return;
    setPublished(number);
    form.reset({ note: "" });
    router.refresh();
  }, onInvalid);
  return (
    <form ref={formRef} onSubmit={onSubmit} noValidate className="space-y-3">
      {published ? <Alert tone="success">{t("published", { number: published })}</Alert> : null}
      <FormMessage message={formError} />
      <TextAreaField form={form} name="note" label={t("note")} hint={t("noteHint")} maxLength={500} rows={3} />
      <Button type="submit" disabled={form.formState.isSubmitting}>
        {t("publish")}
      </Button>
    </form>
  );
}
