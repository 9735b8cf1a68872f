"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { signIn } from "next-auth/react";
import { useLocale, useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useForm } from "react-hook-form";
import type { z } from "zod";
import { PasswordField } from "@/components/auth/password-field";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/form-fields";
import { FormMessage } from "@/components/ui/form-message";
import { useServerForm } from "@/components/ui/use-server-form";
import { afterSignInAction } from "@/lib/actions/auth/after-sign-in";
import { signUpCandidateAction } from "@/lib/actions/auth/sign-up-candidate";
import { signUpCompanyAction } from "@/lib/actions/auth/sign-up-company";
import { EMAIL_MAX } from "@/lib/domain/email";
import type { AppLocale } from "@/lib/i18n/config";
import { zCandidateSignUpInput, zCompanySignUpInput } from "@/lib/validations/auth";
import { COMPANY_NAME_MAX, PERSON_NAME_MAX } from "@/lib/validations/fields";

type Values = z.input<typeof zCompanySignUpInput>;

/** Sign-up as a candidate, or as a company (the form then also asks for the company's name). A candidate goes on to `next` (checked on the server) if given. */
export function SignUpForm({ kind, next = null }: { kind: "candidate" | "company"; next?: string | null }) {
  const t = useTranslations();
  const locale = useLocale() as AppLocale;
  const router = useRouter();
  // The candidate's schema is the company's without companyName: one form serves both.
  const schema = (kind === "company" ? zCompanySignUpInput : zCandidateSignUpInput) as typeof zCompanySignUpInput;
  const blank = { name: "", email: "", password: "", locale };
  const form = useForm<Values, unknown, z.output<typeof zCompanySignUpInput>>({
    resolver: zodResolver(schema),
    defaultValues: kind === "company" ? { ...blank, companyName: "" } : (blank as Values),
  });
  const { formError, submit, onInvalid, formRef } = useServerForm(form);

  const onSubmit = form.handleSubmit(async (values) => {
    const created = await submit(() => (kind === "company" ? signUpCompanyAction(values) : signUpCandidateAction(values)));
    if (!created) return;
    const signedIn = await signIn("credentials", { redirect: false, email: values.email, password: values.password });
    const after = signedIn?.ok ? await afterSignInAction() : null;
    router.replace(after?.ok ? (kind === "candidate" && next ? next : after.value.home) : "/sign-in");
    router.refresh();
  }, onInvalid);

  return (
    <form ref={formRef} onSubmit={onSubmit} noValidate className="space-y-4" aria-label={t(`auth.signUp.${kind}.title`)}>
      <FormMessage message={formError} />
      <TextField form={form} idPrefix={kind} name="name" autoComplete="name" maxLength={PERSON_NAME_MAX} label={t("auth.fields.name")} />
      {kind === "company" ? (
        <TextField
          form={form}
          idPrefix={kind}
          name="companyName"
          autoComplete="organization"
          maxLength={COMPANY_NAME_MAX}
          label={t("auth.fields.companyName")}
        />
      ) : null}
      <TextField
        form={form}
        idPrefix={kind}
        name="email"
        type="email"
        autoComplete="email"
        maxLength={EMAIL_MAX}
        label={t("auth.fields.email")}
      />
      <PasswordField
        form={form}
        idPrefix={kind}
        name="password"
        kind="new"
        label={t("auth.fields.password")}
        hint={t("auth.fields.passwordHint")}
      />
      <Button type="submit" className="w-full" disabled={form.formState.isSubmitting}>
        {form.formState.isSubmitting ? t("auth.signUp.submitting") : t(`auth.signUp.${kind}.submit`)}
      </Button>
    </form>
  );
}
