"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useForm } from "react-hook-form";
import type { z } from "zod";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/form-fields";
import { FormMessage } from "@/components/ui/form-message";
import { useServerForm } from "@/components/ui/use-server-form";
import { requestPasswordResetAction } from "@/lib/actions/auth/request-password-reset";
import { EMAIL_MAX } from "@/lib/domain/email";
import { zRequestPasswordResetInput } from "@/lib/validations/auth";

export function ForgotPasswordForm() {
  const t = useTranslations();
  const [sent, setSent] = useState(false);
  const form = useForm<z.input<typeof zRequestPasswordResetInput>, unknown, z.output<typeof zRequestPasswordResetInput>>({
    resolver: zodResolver(zRequestPasswordResetInput),
    defaultValues: { email: "" },
  });
  const { formError, submit, onInvalid, formRef } = useServerForm(form);
  const onSubmit = form.handleSubmit(async (values) => {
    if (await submit(() => requestPasswordResetAction(values))) setSent(true);
  }, onInvalid);

  if (sent) return <Alert tone="success">{t("auth.forgot.sent")}</Alert>;
  return (
    <form ref={formRef} onSubmit={onSubmit} noValidate className="space-y-4">
      <FormMessage message={formError} />
      <TextField form={form} name="email" type="email" autoComplete="email" maxLength={EMAIL_MAX} label={t("auth.fields.email")} />
      <Button type="submit" className="w-full" disabled={form.formState.isSubmitting}>
        {t("auth.forgot.submit")}
      </Button>
    </form>
  );
}
