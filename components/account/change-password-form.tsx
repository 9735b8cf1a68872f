"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useForm } from "react-hook-form";
import type { z } from "zod";
import { Alert } from "@/components/ui/alert";
import { PasswordField } from "@/components/auth/password-field";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import { useServerForm } from "@/components/ui/use-server-form";
import { changePasswordAction } from "@/lib/actions/account/change-password";
import { zChangePasswordInput } from "@/lib/validations/auth";

export function ChangePasswordForm() {
  const t = useTranslations();
  const [done, setDone] = useState(false);
  const form = useForm<z.input<typeof zChangePasswordInput>, unknown, z.output<typeof zChangePasswordInput>>({
    resolver: zodResolver(zChangePasswordInput),
    defaultValues: { currentPassword: "", newPassword: "" },
  });
  const { formError, submit, onInvalid, formRef } = useServerForm(form);
  const onSubmit = form.handleSubmit(async (values) => {
    setDone(false);
    if (await submit(() => changePasswordAction(values))) {
      setDone(true);
      form.reset();
    }
  }, onInvalid);
  return (
    <form ref={formRef} onSubmit={onSubmit} noValidate className="space-y-4">
      {done ? <Alert tone="success">{t("auth.account.changed")}</Alert> : null}
      <FormMessage message={formError} />
      <PasswordField form={form} name="currentPassword" kind="current" label={t("auth.fields.currentPassword")} />
      <PasswordField form={form} name="newPassword" kind="new" label={t("auth.fields.newPassword")} hint={t("auth.fields.passwordHint")} />
      <Button type="submit" disabled={form.formState.isSubmitting}>
        {t("auth.account.submit")}
      </Button>
    </form>
  );
}
