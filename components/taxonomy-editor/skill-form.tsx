"use client";
// Create or edit a skill: labels, descriptions and alternative labels in both
// languages, its group, type, reuse level and ESCO source. The same schema
// checks it here and on the server.
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import type { z } from "zod";
import { LinesField } from "@/components/ui/lines-field";
import { TranslatedField } from "@/components/taxonomy-editor/translated-field";
import { useEditorForm } from "@/components/taxonomy-editor/use-editor-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { SelectField, TextField } from "@/components/ui/form-fields";
import { FormMessage } from "@/components/ui/form-message";
import { saveSkillAction } from "@/lib/actions/taxonomy/save-skill";
import { TAXONOMY_LIMITS } from "@/lib/validations/taxonomy";
import { zSaveSkillInput } from "@/lib/validations/taxonomy-editor";
import { REUSE_LEVELS, SKILL_TYPES, TAXONOMY_STATUSES } from "@/lib/views/vocabulary";

type Values = z.input<typeof zSaveSkillInput>;

export function SkillForm({ initial, groups, isNew }: { initial: Values; groups: { slug: string; label: string }[]; isNew: boolean }) {
  const t = useTranslations("editor");
  const router = useRouter();
  const { form, formError, formRef, onSubmit, saved } = useEditorForm({
    schema: zSaveSkillInput,
    initial,
    save: saveSkillAction,
    onCreated: (values) => router.push(`/admin/taxonomy/skills/${values.slug}`),
  });
  const L = TAXONOMY_LIMITS;

  return (
    <form ref={formRef} onSubmit={onSubmit} noValidate className="space-y-5">
      {saved ? <Alert tone="success">{t("saved")}</Alert> : null}
      <FormMessage message={formError} />
      <div className="grid gap-4 md:grid-cols-2">
        <TextField form={form} name="slug" label={t("fields.slug")} hint={t("fields.slugHint")} maxLength={80} readOnly={!isNew} />
        <SelectField form={form} name="group" label={t("fields.group")}>
          {groups.map((g) => (
            <option key={g.slug} value={g.slug}>
              {g.label}
            </option>
          ))}
        </SelectField>
        <TranslatedField form={form} name="labelEn" lang="en" label={t("fields.labelEn")} maxLength={L.label} />
        <TranslatedField form={form} name="labelRu" lang="ru" label={t("fields.labelRu")} maxLength={L.label} />
        <TranslatedField form={form} name="descriptionEn" lang="en" label={t("fields.descriptionEn")} maxLength={L.description} multiline />
        <TranslatedField form={form} name="descriptionRu" lang="ru" label={t("fields.descriptionRu")} maxLength={L.description} multiline />
        <LinesField form={form} name="altLabelsEn" lang="en" emptyHint={t("missingTranslation")} label={t("fields.altLabelsEn")} />
        <LinesField form={form} name="altLabelsRu" lang="ru" emptyHint={t("missingTranslation")} label={t("fields.altLabelsRu")} />
        <SelectField form={form} name="type" label={t("fields.type")}>
          {SKILL_TYPES.map((v) => (
            <option key={v} value={v}>
              {t(`skillType.${v}`)}
            </option>
          ))}
        </SelectField>
        <SelectField form={form} name="reuseLevel" label={t("fields.reuseLevel")}>
          <option value="">{t("notSpecified")}</option>
          {REUSE_LEVELS.map((v) => (
            <option key={v} value={v}>
              {t(`reuseLevel.${v}`)}
            </option>
          ))}
        </SelectField>
        <SelectField form={form} name="status" label={t("fields.status")}>
          {TAXONOMY_STATUSES.map((v) => (
            <option key={v} value={v}>
              {t(`status.${v}`)}
            </option>
          ))}
        </SelectField>
        <TextField form={form} name="sourceUri" type="url" label={t("fields.sourceUri")} hint={t("fields.sourceUriHint")} maxLength={L.uri} />
      </div>
      <Button type="submit" disabled={form.formState.isSubmitting}>
        {isNew ? t("create") : t("save")}
      </Button>
    </form>
  );
}
