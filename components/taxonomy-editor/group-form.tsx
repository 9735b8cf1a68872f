"use client";
// Create a skill group, or rename one (its labels in both languages).
import { useTranslations } from "next-intl";
import type { z } from "zod";
import { TranslatedField } from "@/components/taxonomy-editor/translated-field";
import { useEditorForm } from "@/components/taxonomy-editor/use-editor-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/form-fields";
import { FormMessage } from "@/components/ui/form-message";
import { saveSkillGroupAction } from "@/lib/actions/taxonomy/save-skill-group";
import { TAXONOMY_LIMITS } from "@/lib/validations/taxonomy";
import { zSaveSkillGroupInput } from "@/lib/validations/taxonomy-editor";

type Values = z.input<typeof zSaveSkillGroupInput>;

export function GroupForm({ initial, isNew }: { initial: Values; isNew: boolean }) {
  const t = useTranslations("editor");
  const { form, formError, formRef, onSubmit, saved } = useEditorForm({ schema: zSaveSkillGroupInput, initial, save: saveSkillGroupAction });
  // Several of these forms share a page: their fields need ids of their own.
  const prefix = isNew ? "new-group" : `group-${initial.slug}`;
  return (
    <form ref={formRef} onSubmit={onSubmit} noValidate className="space-y-3">
      {saved ? <Alert tone="success">{t("saved")}</Alert> : null}
      <FormMessage message={formError} />
      <div className="grid gap-3 md:grid-cols-3">
        {isNew ? <TextField form={form} idPrefix={prefix} name="slug" label={t("fields.slug")} hint={t("fields.slugHint")} maxLength={80} /> : null}
        <TranslatedField form={form} idPrefix={prefix} name="labelEn" lang="en" label={t("fields.labelEn")} maxLength={TAXONOMY_LIMITS.label} />
        <TranslatedField form={form} idPrefix={prefix} name="labelRu" lang="ru" label={t("fields.labelRu")} maxLength={TAXONOMY_LIMITS.label} />
      </div>
      <Button type="submit" variant={isNew ? "primary" : "secondary"} disabled={form.formState.isSubmitting}>
        {isNew ? t("groups.create") : t("save")}
      </Button>
    </form>
  );
}
