"use client";
// Deleting the account: the password and a tick; on success the browser's
// session cookie is cleared too (the server's session went with the account).
import { zodResolver } from "@hookform/resolvers/zod";
import { signOut } from "next-auth/react";
import { useTranslations } from "next-intl";
import { useForm } from "react-hook-form";
import type { z } from "zod";
import { PasswordField } from "@/components/auth/password-field";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import { useMessage } from "@/components/ui/use-message";
import { useServerForm } from "@/components/ui/use-server-form";
import { deleteAccountAction } from "@/lib/actions/account/delete-account";
import { zDeleteAccountInput } from "@/lib/validations/auth";

export function DeleteAccountForm() {
  const t = useTranslations("auth.account.delete");
  const text = useMessage();
  const form = useForm<z.input<typeof zDeleteAccountInput>, unknown, z.output<typeof zDeleteAccountInput>>({
    resolver: zodResolver(zDeleteAccountInput),
    defaultValues: { password: "", understood: false as unknown as true },
  });
  const { formError, submit, onInvalid, formRef } = useServerForm(form);
  const understoodError = text(form.formState.errors.understood?.message);
  const onSubmit = form.handleSubmit(async (values) => {
    if (await submit(() => deleteAccountAction(values))) await signOut({ callbackUrl: "/" });
  }, onInvalid);
  return (
    <form ref={formRef} onSubmit={onSubmit} noValidate className="space-y-4">
      <FormMessage message={formError} />
      <PasswordField form={form} name="password" kind="current" label={t("password")} />
      <div>
        <label className="flex items-start gap-2 text-sm text-slate-800">
          <input
            type="checkbox"
            className="mt-0.5 h-4 w-4 shrink-0"
            aria-invalid={understoodError ? true : undefined}
            aria-describedby={understoodError ? "delete-understood-error" : undefined}
            {...form.register("understood")}
          />
          {t("understood")}
        </label>
        {understoodError ? (
          <p id="delete-understood-error" className="mt-1 text-sm text-red-700">
            {understoodError}
          </p>
        ) : null}
      </div>
      <Button type="submit" variant="danger" disabled={form.formState.isSubmitting}>
        {t("submit")}
      </Button>
    </form>
  );
}
