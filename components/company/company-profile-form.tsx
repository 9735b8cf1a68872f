"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import type { z } from "zod";
import { updateCompanyProfileAction } from "@/app/(company)/company/actions";
import { TextField } from "@/components/auth/text-field";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { describedBy, Field, Select, Textarea } from "@/components/ui/field";
import { useServerForm } from "@/components/ui/use-server-form";
import { COMPANY_SIZES, zCompanyProfileInput } from "@/lib/validations/profile";

type Values = z.input<typeof zCompanyProfileInput>;

export function CompanyProfileForm({ companyId, initial }: { companyId: string; initial: Values }) {
  const t = useTranslations();
  const router = useRouter();
  const [saved, setSaved] = useState(false);
  const form = useForm<Values, unknown, z.output<typeof zCompanyProfileInput>>({
    resolver: zodResolver(zCompanyProfileInput),
    defaultValues: initial,
  });
  const { formError, submit } = useServerForm(form);
  const onSubmit = form.handleSubmit(async (values) => {
    setSaved(false);
    if (await submit(() => updateCompanyProfileAction(companyId, values))) {
      setSaved(true);
      router.refresh();
    }
  });
  const descriptionError = form.formState.errors.description?.message;

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      {saved ? <Alert tone="success">{t("common.actions.saved")}</Alert> : null}
      {formError ? <Alert tone="error">{t(formError)}</Alert> : null}
      <TextField form={form} name="name" autoComplete="organization" label={t("company.fields.name")} />
      <TextField form={form} name="website" type="url" autoComplete="url" label={t("company.fields.website")} hint={t("company.fields.websiteHint")} />
      <Field id="f-size" label={t("company.fields.size")}>
        <Select id="f-size" {...form.register("size")}>
          <option value="">{t("company.sizes.unset")}</option>
          {COMPANY_SIZES.map((s) => (
            <option key={s} value={s}>
              {t(`company.sizes.${s}`)}
            </option>
          ))}
        </Select>
      </Field>
      <Field id="f-description" label={t("company.fields.description")} error={descriptionError ? t(descriptionError) : undefined}>
        <Textarea
          id="f-description"
          rows={6}
          aria-invalid={descriptionError ? true : undefined}
          aria-describedby={describedBy("f-description", descriptionError)}
          {...form.register("description")}
        />
      </Field>
      <Button type="submit" disabled={form.formState.isSubmitting}>
        {form.formState.isSubmitting ? t("common.actions.saving") : t("common.actions.save")}
      </Button>
    </form>
  );
}
