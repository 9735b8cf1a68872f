"use client";
// A role family's typical KPIs and channels, in both languages.
import { useTranslations } from "next-intl";
import type { z } from "zod";
import { LinesField } from "@/components/ui/lines-field";
import { useEditorForm } from "@/components/taxonomy-editor/use-editor-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import { saveFamilyAction } from "@/lib/actions/taxonomy/save-family";
import { zSaveFamilyInput } from "@/lib/validations/taxonomy-editor";

type Values = z.input<typeof zSaveFamilyInput>;

export function FamilyForm({ initial }: { initial: Values }) {
  const t = useTranslations("editor");
  const { form, formError, formRef, onSubmit, saved } = useEditorForm({ schema: zSaveFamilyInput, initial, save: saveFamilyAction });
  const prefix = `family-${initial.family}`;
  return (
    <form ref={formRef} onSubmit={onSubmit} noValidate className="space-y-4">
      {saved ? <Alert tone="success">{t("saved")}</Alert> : null}
      <FormMessage message={formError} />
      <div className="grid gap-4 md:grid-cols-2">
        <LinesField form={form} idPrefix={prefix} name="kpisEn" lang="en" emptyHint={t("missingTranslation")} label={t("fields.kpisEn")} />
        <LinesField form={form} idPrefix={prefix} name="kpisRu" lang="ru" emptyHint={t("missingTranslation")} label={t("fields.kpisRu")} />
        <LinesField form={form} idPrefix={prefix} name="channelsEn" lang="en" emptyHint={t("missingTranslation")} label={t("fields.channelsEn")} />
        <LinesField form={form} idPrefix={prefix} name="channelsRu" lang="ru" emptyHint={t("missingTranslation")} label={t("fields.channelsRu")} />
      </div>
      <Button type="submit" variant="secondary" disabled={form.formState.isSubmitting}>
        {t("save")}
      </Button>
    </form>
  );
}
