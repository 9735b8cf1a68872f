"use client";
// The owner invites a recruiter by e-mail. The link is also shown, for an
// owner whose e-mail does not reach the person (or no SMTP is configured).
import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import type { z } from "zod";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/form-fields";
import { FormMessage } from "@/components/ui/form-message";
import { useServerForm } from "@/components/ui/use-server-form";
import { inviteRecruiterAction } from "@/lib/actions/team/invite-recruiter";
import { EMAIL_MAX } from "@/lib/domain/email";
import { zInviteRecruiterInput } from "@/lib/validations/team";

type Values = z.input<typeof zInviteRecruiterInput>;

export function InviteForm() {
  const t = useTranslations("company.team");
  const router = useRouter();
  const [sent, setSent] = useState<{ email: string; link: string } | null>(null);
  const form = useForm<Values, unknown, z.output<typeof zInviteRecruiterInput>>({
    resolver: zodResolver(zInviteRecruiterInput),
    defaultValues: { email: "" },
  });
  const { formError, submit, onInvalid, formRef } = useServerForm(form);
  const onSubmit = form.handleSubmit(async (values) => {
    setSent(null);
    let link = "";
    const ok = await submit(async () => {
      const result = await inviteRecruiterAction(values);
      if (result.ok) link = result.value.link;
      return result;
    });
    if (!ok) return;
    setSent({ email: values.email, link });
    form.reset({ email: "" });
    router.refresh();
  }, onInvalid);
  return (
    <form ref={formRef} onSubmit={onSubmit} noValidate className="space-y-3">
      <FormMessage message={formError} />
      {sent ? (
        <Alert tone="success">
          <p>{t("sent", { email: sent.email })}</p>
          <p className="mt-1 break-all text-xs">
            {t("linkHint")} <code data-invite-link>{sent.link}</code>
          </p>
        </Alert>
      ) : null}
      <TextField form={form} name="email" type="email" autoComplete="off" maxLength={EMAIL_MAX} label={t("email")} hint={t("emailHint")} />
      <Button type="submit" variant="secondary" disabled={form.formState.isSubmitting}>
        {t("invite")}
      </Button>
    </form>
  );
}
