"use client";
// An admin's decision on a submitted posting: approve, or reject with a reason
// the company will read. The reason's form uses the schema the server applies.
import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useForm } from "react-hook-form";
import type { z } from "zod";
import { ActionButton } from "@/components/ui/action-button";
import { Button } from "@/components/ui/button";
import { TextAreaField } from "@/components/ui/form-fields";
import { FormMessage } from "@/components/ui/form-message";
import { useServerForm } from "@/components/ui/use-server-form";
import { approvePostingAction } from "@/lib/actions/moderation/approve-posting";
import { rejectPostingAction } from "@/lib/actions/moderation/reject-posting";
import { POSTING_LIMITS } from "@/lib/domain/posting-rules";
import { zRejectPostingInput } from "@/lib/validations/posting";

type Values = z.input<typeof zRejectPostingInput>;

export function ModerationDecision({ postingId }: { postingId: string }) {
  const t = useTranslations("postings.moderation");
  const router = useRouter();
  const form = useForm<Values, unknown, z.output<typeof zRejectPostingInput>>({
    resolver: zodResolver(zRejectPostingInput),
    defaultValues: { postingId, reason: "" },
  });
  const { formError, submit, onInvalid, formRef } = useServerForm(form);
  const onReject = form.handleSubmit(async (values) => {
    if (await submit(() => rejectPostingAction(values))) router.push("/admin/moderation");
  }, onInvalid);
  return (
    <div className="grid gap-6 md:grid-cols-2">
      <div className="space-y-2">
        <h2 className="font-semibold">{t("approveTitle")}</h2>
        <p className="text-sm text-slate-700">{t("approveHelp")}</p>
        <ActionButton variant="primary" run={() => approvePostingAction({ postingId })} onDone={() => router.push("/admin/moderation")}>
          {t("approve")}
        </ActionButton>
      </div>
      <form ref={formRef} onSubmit={onReject} noValidate className="space-y-3">
        <h2 className="font-semibold">{t("rejectTitle")}</h2>
        <FormMessage message={formError} />
        <TextAreaField form={form} name="reason" rows={4} maxLength={POSTING_LIMITS.rejectionReasonMax} label={t("reason")} hint={t("reasonHint")} />
        <Button type="submit" variant="danger" disabled={form.formState.isSubmitting}>
          {t("reject")}
        </Button>
      </form>
    </div>
  );
}
