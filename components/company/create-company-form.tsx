"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useForm } from "react-hook-form";
import type { z } from "zod";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/form-fields";
import { FormMessage } from "@/components/ui/form-message";
import { useServerForm } from "@/components/ui/use-server-form";
import { createCompanyAction } from "@/lib/actions/company/create-company";
import { COMPANY_NAME_MAX } from "@/lib/validations/fields";
import { zCreateCompanyInput } from "@/lib/validations/profile";

/** For an employer who belongs to no company yet. */
export function CreateCompanyForm() {
  const t = useTranslations();
  const router = useRouter();
  const form = useForm<z.input<typeof zCreateCompanyInput>, unknown, z.output<typeof zCreateCompanyInput>>({
    resolver: zodResolver(zCreateCompanyInput),
    defaultValues: { name: "" },
  });
  const { formError, submit, onInvalid, formRef } = useServerForm(form);
  const onSubmit = form.handleSubmit(async (values) => {
    if (await submit(() => createCompanyAction(values))) router.refresh();
  }, onInvalid);
  return (
    <form ref={formRef} onSubmit={onSubmit} noValidate className="space-y-4">
      <FormMessage message={formError} />
      <TextField form={form} name="name" autoComplete="organization" maxLength={COMPANY_NAME_MAX} label={t("company.fields.name")} />
      <Button type="submit" disabled={form.formState.isSubmitting}>
        {t("company.create.submit")}
      </Button>
    </form>
  );
}
