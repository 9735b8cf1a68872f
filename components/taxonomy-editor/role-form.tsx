"use client";
// Create a role (or feeder profession), or edit its own fields: labels,
// summary, responsibilities, KPIs and channels in both languages, family,
// seniority, ESCO occupation. Its requirements and growth paths are edited
// below the form, one by one.
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
import { saveRoleAction } from "@/lib/actions/taxonomy/save-role";
import { TAXONOMY_LIMITS } from "@/lib/validations/taxonomy";
import { zSaveRoleInput } from "@/lib/validations/taxonomy-editor";
import { ROLE_FAMILIES, SENIORITIES, TAXONOMY_STATUSES } from "@/lib/views/vocabulary";

type Values = z.input<typeof zSaveRoleInput>;

export function RoleForm({ initial, isNew }: { initial: Values; isNew: boolean }) {
  const t = useTranslations("editor");
  const tr = useTranslations("roles");
  const router = useRouter();
  const { form, formError, formRef, onSubmit, saved } = useEditorForm({
    schema: zSaveRoleInput,
    initial,
    save: saveRoleAction,
    onCreated: (values) => router.push(`/admin/taxonomy/roles/${values.slug}`),
  });
  const L = TAXONOMY_LIMITS;
  return (
    <form ref={formRef} onSubmit={onSubmit} noValidate className="space-y-5">
      {saved ? <Alert tone="success">{t("saved")}</Alert> : null}
      <FormMessage message={formError} />
      <div className="grid gap-4 md:grid-cols-2">
        <TextField form={form} name="slug" label={t("fields.slug")} hint={t("fields.slugHint")} maxLength={80} readOnly={!isNew} />
        <SelectField form={form} name="family" label={t("fields.family")}>
          {ROLE_FAMILIES.map((f) => (
            <option key={f} value={f}>
              {tr(`family.badge.${f}`)}
            </option>
          ))}
        </SelectField>
        <SelectField form={form} name="seniority" label={t("fields.seniority")}>
          {SENIORITIES.map((s) => (
            <option key={s} value={s}>
              {tr(`seniority.${s}`)}
            </option>
          ))}
        </SelectField>
        <SelectField form={form} name="status" label={t("fields.status")}>
          {TAXONOMY_STATUSES.map((s) => (
            <option key={s} value={s}>
              {t(`status.${s}`)}
            </option>
          ))}
        </SelectField>
        <TranslatedField form={form} name="labelEn" lang="en" label={t("fields.labelEn")} maxLength={L.label} />
        <TranslatedField form={form} name="labelRu" lang="ru" label={t("fields.labelRu")} maxLength={L.label} />
        <TranslatedField form={form} name="summaryEn" lang="en" label={t("fields.summaryEn")} maxLength={L.summary} multiline />
        <TranslatedField form={form} name="summaryRu" lang="ru" label={t("fields.summaryRu")} maxLength={L.summary} multiline />
        <LinesField form={form} name="responsibilitiesEn" lang="en" emptyHint={t("missingTranslation")} label={t("fields.responsibilitiesEn")} rows={6} />
        <LinesField form={form} name="responsibilitiesRu" lang="ru" emptyHint={t("missingTranslation")} label={t("fields.responsibilitiesRu")} rows={6} />
        <LinesField form={form} name="kpisEn" lang="en" emptyHint={t("missingTranslation")} label={t("fields.kpisEn")} />
        <LinesField form={form} name="kpisRu" lang="ru" emptyHint={t("missingTranslation")} label={t("fields.kpisRu")} />
        <LinesField form={form} name="channelsEn" lang="en" emptyHint={t("missingTranslation")} label={t("fields.channelsEn")} />
        <LinesField form={form} name="channelsRu" lang="ru" emptyHint={t("missingTranslation")} label={t("fields.channelsRu")} />
        <TextField form={form} name="sourceUri" type="url" label={t("fields.occupationUri")} hint={t("fields.sourceUriHint")} maxLength={L.uri} />
      </div>
      <Button type="submit" disabled={form.formState.isSubmitting}>
        {isNew ? t("create") : t("save")}
      </Button>
    </form>
  );
}
