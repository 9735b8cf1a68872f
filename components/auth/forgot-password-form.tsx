"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useForm } from "react-hook-form";
import type { z } from "zod";
import { requestPasswordResetAction } from "@/app/(auth)/actions";
import { TextField } from "@/components/auth/text-field";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { useServerForm } from "@/components/ui/use-server-form";
import { zRequestPasswordResetInput } from "@/lib/validations/auth";

export function ForgotPasswordForm() {
  const t = useTranslations();
  const [sent, setSent] = useState(false);
  const form = useForm<z.input<typeof zRequestPasswordResetInput>, unknown, z.output<typeof zRequestPasswordResetInput>>({
    resolver: zodResolver(zRequestPasswordResetInput),
    defaultValues: { email: "" },
  });
  const { formError, submit } = useServerForm(form);
  const onSubmit = form.handleSubmit(async (values) => {
    if (await submit(() => requestPasswordResetAction(values))) setSent(true);
  });

  if (sent) return <Alert tone="success">{t("auth.forgot.sent")}</Alert>;
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      {formError ? <Alert tone="error">{t(formError)}</Alert> : null}
      <TextField form={form} name="email" type="email" autoComplete="email" label={t("auth.fields.email")} />
      <Button type="submit" className="w-full" disabled={form.formState.isSubmitting}>
        {t("auth.forgot.submit")}
      </Button>
    </form>
  );
}
