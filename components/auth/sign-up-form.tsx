"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { signIn } from "next-auth/react";
import { useLocale, useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useForm } from "react-hook-form";
import type { z } from "zod";
import { signUpCandidateAction, signUpCompanyAction } from "@/app/(auth)/actions";
import { afterSignInAction } from "@/app/actions";
import { TextField } from "@/components/auth/text-field";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { useServerForm } from "@/components/ui/use-server-form";
import { zCandidateSignUpInput, zCompanySignUpInput } from "@/lib/validations/auth";

type Values = z.input<typeof zCompanySignUpInput>;

/** Sign-up as a candidate, or as a company (the form then also asks for the company's name). */
export function SignUpForm({ kind }: { kind: "candidate" | "company" }) {
  const t = useTranslations();
  const locale = useLocale() as "en" | "ru";
  const router = useRouter();
  // The candidate's schema is the company's without companyName: one form serves both.
  const schema = (kind === "company" ? zCompanySignUpInput : zCandidateSignUpInput) as typeof zCompanySignUpInput;
  const form = useForm<Values, unknown, z.output<typeof zCompanySignUpInput>>({
    resolver: zodResolver(schema),
    defaultValues: { name: "", companyName: "", email: "", password: "", locale },
  });
  const { formError, submit } = useServerForm(form);

  const onSubmit = form.handleSubmit(async (values) => {
    const ok = await submit(() =>
      kind === "company" ? signUpCompanyAction(values) : signUpCandidateAction(values),
    );
    if (!ok) return;
    const signedIn = await signIn("credentials", { redirect: false, email: values.email, password: values.password });
    const after = signedIn?.ok ? await afterSignInAction() : null;
    router.replace(after?.home ?? "/sign-in");
    router.refresh();
  });

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4" aria-label={t(`auth.signUp.${kind}.title`)}>
      {formError ? <Alert tone="error">{t(formError)}</Alert> : null}
      <TextField form={form} idPrefix={kind} name="name" autoComplete="name" label={t("auth.fields.name")} />
      {kind === "company" ? (
        <TextField form={form} idPrefix={kind} name="companyName" autoComplete="organization" label={t("auth.fields.companyName")} />
      ) : null}
      <TextField form={form} idPrefix={kind} name="email" type="email" autoComplete="email" label={t("auth.fields.email")} />
      <TextField
        form={form}
        idPrefix={kind}
        name="password"
        type="password"
        autoComplete="new-password"
        label={t("auth.fields.password")}
        hint={t("auth.fields.passwordHint")}
      />
      <Button type="submit" className="w-full" disabled={form.formState.isSubmitting}>
        {form.formState.isSubmitting ? t("auth.signUp.submitting") : t(`auth.signUp.${kind}.submit`)}
      </Button>
    </form>
  );
}
