"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import type { z } from "zod";
import { updateCandidateProfileAction } from "@/app/(candidate)/profile/actions";
import { TextField } from "@/components/auth/text-field";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { describedBy, Field, Select, Textarea } from "@/components/ui/field";
import { useServerForm } from "@/components/ui/use-server-form";
import { LOCALES } from "@/lib/i18n/config";
import { zCandidateProfileInput } from "@/lib/validations/profile";

type Values = z.input<typeof zCandidateProfileInput>;

export function CandidateProfileForm({ initial }: { initial: Values }) {
  const t = useTranslations();
  const router = useRouter();
  const [saved, setSaved] = useState(false);
  const form = useForm<Values, unknown, z.output<typeof zCandidateProfileInput>>({
    resolver: zodResolver(zCandidateProfileInput),
    defaultValues: initial,
  });
  const { formError, submit } = useServerForm(form);
  const onSubmit = form.handleSubmit(async (values) => {
    setSaved(false);
    if (await submit(() => updateCandidateProfileAction(values))) {
      setSaved(true);
      router.refresh();
    }
  });
  const aboutError = form.formState.errors.about?.message;

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      {saved ? <Alert tone="success">{t("common.actions.saved")}</Alert> : null}
      {formError ? <Alert tone="error">{t(formError)}</Alert> : null}
      <TextField form={form} name="name" autoComplete="name" label={t("profile.fields.name")} />
      <TextField form={form} name="headline" label={t("profile.fields.headline")} hint={t("profile.fields.headlineHint")} />
      <TextField form={form} name="location" autoComplete="address-level2" label={t("profile.fields.location")} />
      <Field id="f-about" label={t("profile.fields.about")} error={aboutError ? t(aboutError) : undefined}>
        <Textarea
          id="f-about"
          rows={5}
          aria-invalid={aboutError ? true : undefined}
          aria-describedby={describedBy("f-about", aboutError)}
          {...form.register("about")}
        />
      </Field>
      <Field id="f-locale" label={t("profile.fields.locale")}>
        <Select id="f-locale" {...form.register("locale")}>
          {LOCALES.map((l) => (
            <option key={l} value={l}>
              {t(`common.language.${l}`)}
            </option>
          ))}
        </Select>
      </Field>
      <Button type="submit" disabled={form.formState.isSubmitting}>
        {form.formState.isSubmitting ? t("common.actions.saving") : t("common.actions.save")}
      </Button>
    </form>
  );
}
