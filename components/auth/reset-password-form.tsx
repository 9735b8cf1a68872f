"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import Link from "next/link";
import { useState } from "react";
import { useForm } from "react-hook-form";
import type { z } from "zod";
import { resetPasswordAction } from "@/app/(auth)/actions";
import { TextField } from "@/components/auth/text-field";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { useServerForm } from "@/components/ui/use-server-form";
import { zResetPasswordInput } from "@/lib/validations/auth";

export function ResetPasswordForm({ token }: { token: string }) {
  const t = useTranslations();
  const [done, setDone] = useState(false);
  const form = useForm<z.input<typeof zResetPasswordInput>, unknown, z.output<typeof zResetPasswordInput>>({
    resolver: zodResolver(zResetPasswordInput),
    defaultValues: { token, password: "" },
  });
  const { formError, submit } = useServerForm(form);
  const onSubmit = form.handleSubmit(async (values) => {
    if (await submit(() => resetPasswordAction(values))) setDone(true);
  });
  const tokenError = form.formState.errors.token?.message;

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
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      {formError || tokenError ? <Alert tone="error">{t(formError ?? tokenError ?? "errors.unexpected")}</Alert> : null}
      <TextField
        form={form}
        name="password"
        type="password"
        autoComplete="new-password"
        label={t("auth.fields.newPassword")}
        hint={t("auth.fields.passwordHint")}
      />
      <Button type="submit" className="w-full" disabled={form.formState.isSubmitting}>
        {t("auth.reset.submit")}
      </Button>
    </form>
  );
}
