"use client";
// Someone invited without an account: name and password; the e-mail is the
// invitation's. Then signed in and taken to the company's postings.
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
import { signUpWithInviteAction } from "@/lib/actions/team/sign-up-with-invite";
import type { AppLocale } from "@/lib/i18n/config";
import { PERSON_NAME_MAX } from "@/lib/validations/fields";
import { zInviteSignUpInput } from "@/lib/validations/team";

type Values = z.input<typeof zInviteSignUpInput>;

/** `texts` come from the page: this form lives among the sign-in pages, which send the browser only the "auth" texts. */
export function InviteSignUpForm({ token, email, texts }: { token: string; email: string; texts: { asEmail: string; join: string } }) {
  const t = useTranslations();
  const locale = useLocale() as AppLocale;
  const router = useRouter();
  const form = useForm<Values, unknown, z.output<typeof zInviteSignUpInput>>({
    resolver: zodResolver(zInviteSignUpInput),
    defaultValues: { token, name: "", password: "", locale },
  });
  const { formError, submit, onInvalid, formRef } = useServerForm(form);
  const onSubmit = form.handleSubmit(async (values) => {
    if (!(await submit(() => signUpWithInviteAction(values)))) return;
    const signedIn = await signIn("credentials", { redirect: false, email, password: values.password });
    const after = signedIn?.ok ? await afterSignInAction() : null;
    router.replace(after?.ok ? "/company/postings" : "/sign-in");
    router.refresh();
  }, onInvalid);
  return (
    <form ref={formRef} onSubmit={onSubmit} noValidate className="space-y-4">
      <FormMessage message={formError} />
      <p className="text-sm text-slate-700">{texts.asEmail}</p>
      <TextField form={form} name="name" autoComplete="name" maxLength={PERSON_NAME_MAX} label={t("auth.fields.name")} />
      <PasswordField form={form} name="password" kind="new" label={t("auth.fields.password")} hint={t("auth.fields.passwordHint")} />
      <Button type="submit" className="w-full" disabled={form.formState.isSubmitting}>
        {texts.join}
      </Button>
    </form>
  );
}
