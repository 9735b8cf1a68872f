"use client";
// "Leave your contacts and get offers": companies that want help hiring.
import { zodResolver } from "@hookform/resolvers/zod";
import { useLocale, useTranslations } from "next-intl";
import { useState } from "react";
import { useForm } from "react-hook-form";
import type { z } from "zod";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { SelectField, TextAreaField, TextField } from "@/components/ui/form-fields";
import { FormMessage } from "@/components/ui/form-message";
import { useServerForm } from "@/components/ui/use-server-form";
import { submitLeadAction } from "@/lib/actions/leads/submit-lead";
import { EMAIL_MAX } from "@/lib/domain/email";
import type { AppLocale } from "@/lib/i18n/config";
import { COMPANY_NAME_MAX, PERSON_NAME_MAX } from "@/lib/validations/fields";
import { LEAD_MESSAGE_MAX, zLeadInput } from "@/lib/validations/leads";
import { LEAD_NEEDS } from "@/lib/views/vocabulary";

export function LeadForm() {
  const t = useTranslations("contact");
  const locale = useLocale() as AppLocale;
  const [sent, setSent] = useState(false);
  const form = useForm<z.input<typeof zLeadInput>, unknown, z.output<typeof zLeadInput>>({
    resolver: zodResolver(zLeadInput),
    defaultValues: { name: "", company: "", email: "", need: "NOT_SURE", message: "", locale, homepage: "" },
  });
  const { formError, submit, onInvalid, formRef } = useServerForm(form);
  const onSubmit = form.handleSubmit(async (values) => {
    if (await submit(() => submitLeadAction(values))) setSent(true);
  }, onInvalid);

  if (sent) return <Alert tone="success">{t("sent")}</Alert>;
  return (
    <form ref={formRef} onSubmit={onSubmit} noValidate className="space-y-4">
      <FormMessage message={formError} />
      <TextField form={form} name="name" autoComplete="name" maxLength={PERSON_NAME_MAX} label={t("name")} />
      <TextField form={form} name="company" autoComplete="organization" maxLength={COMPANY_NAME_MAX} label={t("company")} />
      <TextField form={form} name="email" type="email" autoComplete="email" maxLength={EMAIL_MAX} label={t("email")} />
      <SelectField form={form} name="need" label={t("need")}>
        {LEAD_NEEDS.map((n) => (
          <option key={n} value={n}>
            {t(`needs.${n}`)}
          </option>
        ))}
      </SelectField>
      <TextAreaField form={form} name="message" maxLength={LEAD_MESSAGE_MAX} label={t("message")} hint={t("messageHint")} />
      {/* For bots only: hidden from people and from screen readers. */}
      <div aria-hidden="true" className="absolute -left-[9999px] h-px w-px overflow-hidden">
        <label htmlFor="f-homepage">Homepage</label>
        <input id="f-homepage" tabIndex={-1} autoComplete="off" {...form.register("homepage")} />
      </div>
      <Button type="submit" disabled={form.formState.isSubmitting}>
        {t("submit")}
      </Button>
    </form>
  );
}
