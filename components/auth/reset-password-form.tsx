"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import Link from "next/link";
import { useState } from "react";
import { useForm } from "react-hook-form";
import type { z } from "zod";
import { Alert } from "@/components/ui/alert";
import { PasswordField } from "@/components/auth/password-field";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import { useServerForm } from "@/components/ui/use-server-form";
import { resetPasswordAction } from "@/lib/actions/auth/reset-password";
import { zResetPasswordInput } from "@/lib/validations/auth";

export function ResetPasswordForm({ token }: { token: string }) {
  const t = useTranslations();
  const [done, setDone] = useState(false);
  const form = useForm<z.input<typeof zResetPasswordInput>, unknown, z.output<typeof zResetPasswordInput>>({
    resolver: zodResolver(zResetPasswordInput),
    defaultValues: { token, password: "" },
  });
  const { formError, submit, onInvalid, formRef } = useServerForm(form);
  const onSubmit = form.handleSubmit(async (values) => {
    if (await submit(() => resetPasswordAction(values))) setDone(true);
  }, onInvalid);
  const tokenError = form.formState.errors.token?.message;
  const linkProblem = formError === "errors.resetLinkInvalid" || tokenError;

  if (done) {
    return (
      <Alert tone="success">
        {t("auth.reset.done")}{" "}
        <Link href="/sign-in" className="font-medium underline">
          {t("auth.signIn.title")}
        </Link>
      </Alert>
    );
  }
  return (
    <form ref={formRef} onSubmit={onSubmit} noValidate className="space-y-4">
      <FormMessage message={formError ?? tokenError} />
      {linkProblem ? (
        <p className="text-sm">
          <Link href="/forgot-password" className="font-medium text-brand-700 underline">
            {t("auth.reset.askAgain")}
          </Link>
        </p>
      ) : null}
      <PasswordField form={form} name="password" kind="new" label={t("auth.fields.newPassword")} hint={t("auth.fields.passwordHint")} />
      <Button type="submit" className="w-full" disabled={form.formState.isSubmitting}>
        {t("auth.reset.submit")}
      </Button>
    </form>
  );
}
