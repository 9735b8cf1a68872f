"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { signIn } from "next-auth/react";
import { useTranslations } from "next-intl";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useForm } from "react-hook-form";
import type { z } from "zod";
import { PasswordField } from "@/components/auth/password-field";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/form-fields";
import { FormMessage } from "@/components/ui/form-message";
import { useServerForm } from "@/components/ui/use-server-form";
import { afterSignInAction } from "@/lib/actions/auth/after-sign-in";
import { signInErrorMessage } from "@/lib/auth/sign-in-errors";
import { EMAIL_MAX } from "@/lib/domain/email";
import { zSignInInput } from "@/lib/validations/auth";

export function SignInForm({ next }: { next: string | null }) {
  const t = useTranslations();
  const router = useRouter();
  const form = useForm<z.input<typeof zSignInInput>, unknown, z.output<typeof zSignInInput>>({
    resolver: zodResolver(zSignInInput),
    defaultValues: { email: "", password: "" },
  });
  const { formError, submit, onInvalid, formRef } = useServerForm(form);

  const onSubmit = form.handleSubmit(async (values) => {
    const signedIn = await submit(async () => {
      const result = await signIn("credentials", { redirect: false, email: values.email, password: values.password });
      return result && !result.error ? { ok: true } : { ok: false, error: signInErrorMessage(result?.error) };
    });
    if (!signedIn) return;
    const after = await afterSignInAction();
    // `next` was checked on the server (lib/domain/navigation.ts safeNextPath).
    router.replace(next ?? (after.ok ? after.value.home : "/"));
    router.refresh();
  }, onInvalid);

  return (
    <form ref={formRef} onSubmit={onSubmit} noValidate className="space-y-4">
      <FormMessage message={formError} />
      <TextField form={form} name="email" type="email" autoComplete="email" maxLength={EMAIL_MAX} label={t("auth.fields.email")} />
      <PasswordField form={form} name="password" kind="current" label={t("auth.fields.password")} />
      <Button type="submit" className="w-full" disabled={form.formState.isSubmitting}>
        {form.formState.isSubmitting ? t("auth.signIn.submitting") : t("auth.signIn.submit")}
      </Button>
      <p className="text-sm text-slate-700">
        <Link href="/forgot-password" className="text-brand-700 underline">
          {t("auth.signIn.forgot")}
        </Link>
      </p>
    </form>
  );
}
