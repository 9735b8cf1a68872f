"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { signIn } from "next-auth/react";
import { useTranslations } from "next-intl";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import type { z } from "zod";
import { afterSignInAction } from "@/app/actions";
import { TextField } from "@/components/auth/text-field";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { zSignInInput } from "@/lib/validations/auth";

/** The message for next-auth's error code (set by lib/auth/options.ts). */
function errorMessage(code: string | null | undefined, t: ReturnType<typeof useTranslations>): string {
  if (code?.startsWith("rate_limited")) {
    const seconds = Number(code.split(":")[1] ?? 0);
    return t("errors.rateLimited", { minutes: Math.max(1, Math.ceil(seconds / 60)) });
  }
  if (code === "account_disabled") return t("errors.accountDisabled");
  if (code === "invalid_credentials" || code === "CredentialsSignin") return t("errors.invalidCredentials");
  return t("errors.unexpected");
}

export function SignInForm({ next }: { next: string | null }) {
  const t = useTranslations();
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const form = useForm<z.input<typeof zSignInInput>, unknown, z.output<typeof zSignInInput>>({
    resolver: zodResolver(zSignInInput),
    defaultValues: { email: "", password: "" },
  });

  const onSubmit = form.handleSubmit(async (values) => {
    setError(null);
    const result = await signIn("credentials", { redirect: false, email: values.email, password: values.password });
    if (!result || result.error) {
      setError(errorMessage(result?.error, t));
      return;
    }
    const after = await afterSignInAction();
    router.replace(next ?? after?.home ?? "/");
    router.refresh();
  });

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      {error ? <Alert tone="error">{error}</Alert> : null}
      <TextField form={form} name="email" type="email" autoComplete="email" label={t("auth.fields.email")} />
      <TextField form={form} name="password" type="password" autoComplete="current-password" label={t("auth.fields.password")} />
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
