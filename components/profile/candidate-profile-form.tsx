"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useEffect, useState } from "react";
import { useForm } from "react-hook-form";
import type { z } from "zod";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { SelectField, TextAreaField, TextField } from "@/components/ui/form-fields";
import { FormMessage } from "@/components/ui/form-message";
import { useServerForm } from "@/components/ui/use-server-form";
import { updateCandidateProfileAction } from "@/lib/actions/profile/update-candidate-profile";
import { LOCALES } from "@/lib/i18n/config";
import { PERSON_NAME_MAX } from "@/lib/validations/fields";
import { PROFILE_LIMITS, zCandidateProfileInput } from "@/lib/validations/profile";

type Values = z.input<typeof zCandidateProfileInput>;

export function CandidateProfileForm({ initial }: { initial: Values }) {
  const t = useTranslations();
  const router = useRouter();
  const [saved, setSaved] = useState(false);
  const form = useForm<Values, unknown, z.output<typeof zCandidateProfileInput>>({
    resolver: zodResolver(zCandidateProfileInput),
    defaultValues: initial,
  });
  const { formError, submit, onInvalid, formRef } = useServerForm(form);
  // The header's language switch changes the account's language too: keep this field in step with it.
  useEffect(() => form.setValue("locale", initial.locale), [form, initial.locale]);
  const onSubmit = form.handleSubmit(async (values) => {
    setSaved(false);
    if (await submit(() => updateCandidateProfileAction(values))) {
      setSaved(true);
      router.refresh();
    }
  }, onInvalid);

  return (
    <form ref={formRef} onSubmit={onSubmit} noValidate className="space-y-4">
      {saved ? <Alert tone="success">{t("common.actions.saved")}</Alert> : null}
      <FormMessage message={formError} />
      <TextField form={form} name="name" autoComplete="name" maxLength={PERSON_NAME_MAX} label={t("profile.fields.name")} />
      <TextField
        form={form}
        name="headline"
        maxLength={PROFILE_LIMITS.headline}
        label={t("profile.fields.headline")}
        hint={t("profile.fields.headlineHint")}
      />
      <TextField
        form={form}
        name="location"
        autoComplete="address-level2"
        maxLength={PROFILE_LIMITS.location}
        label={t("profile.fields.location")}
      />
      <TextAreaField form={form} name="about" maxLength={PROFILE_LIMITS.about} label={t("profile.fields.about")} />
      <SelectField form={form} name="locale" label={t("profile.fields.locale")}>
        {LOCALES.map((l) => (
          <option key={l} value={l}>
            {t(`common.language.${l}`)}
          </option>
        ))}
      </SelectField>
      <Button type="submit" disabled={form.formState.isSubmitting}>
        {form.formState.isSubmitting ? t("common.actions.saving") : t("common.actions.save")}
      </Button>
    </form>
  );
}
