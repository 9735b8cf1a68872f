"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import type { z } from "zod";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { SelectField, TextAreaField, TextField } from "@/components/ui/form-fields";
import { FormMessage } from "@/components/ui/form-message";
import { useServerForm } from "@/components/ui/use-server-form";
import { updateCompanyProfileAction } from "@/lib/actions/company/update-company-profile";
import { COMPANY_NAME_MAX } from "@/lib/validations/fields";
import { PROFILE_LIMITS, zCompanyProfileInput } from "@/lib/validations/profile";
import { COMPANY_SIZES } from "@/lib/views/vocabulary";

type Values = z.input<typeof zCompanyProfileInput>;

export function CompanyProfileForm({ initial }: { initial: Values }) {
  const t = useTranslations();
  const router = useRouter();
  const [saved, setSaved] = useState(false);
  const form = useForm<Values, unknown, z.output<typeof zCompanyProfileInput>>({
    resolver: zodResolver(zCompanyProfileInput),
    defaultValues: initial,
  });
  const { formError, submit, onInvalid, formRef } = useServerForm(form);
  const onSubmit = form.handleSubmit(async (values) => {
    setSaved(false);
    if (await submit(() => updateCompanyProfileAction(values))) {
      setSaved(true);
      router.refresh();
    }
  }, onInvalid);

  return (
    <form ref={formRef} onSubmit={onSubmit} noValidate className="space-y-4">
      {saved ? <Alert tone="success">{t("common.actions.saved")}</Alert> : null}
      <FormMessage message={formError} />
      <TextField form={form} name="name" autoComplete="organization" maxLength={COMPANY_NAME_MAX} label={t("company.fields.name")} />
      <TextField
        form={form}
        name="website"
        type="url"
        autoComplete="url"
        maxLength={PROFILE_LIMITS.website}
        label={t("company.fields.website")}
        hint={t("company.fields.websiteHint")}
      />
      <SelectField form={form} name="size" label={t("company.fields.size")}>
        <option value="">{t("company.sizes.unset")}</option>
        {COMPANY_SIZES.map((s) => (
          <option key={s} value={s}>
            {t(`company.sizes.${s}`)}
          </option>
        ))}
      </SelectField>
      <TextAreaField form={form} name="description" rows={6} maxLength={PROFILE_LIMITS.description} label={t("company.fields.description")} />
      <Button type="submit" disabled={form.formState.isSubmitting}>
        {form.formState.isSubmitting ? t("common.actions.saving") : t("common.actions.save")}
      </Button>
    </form>
  );
}
