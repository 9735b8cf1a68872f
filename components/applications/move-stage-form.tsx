"use client";
// Moves an applicant to one of the stages allowed from where they are; when
// not selecting them, an optional reason the company may show the candidate.
import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useEffect, useState } from "react";
import { useForm, useWatch } from "react-hook-form";
import type { z } from "zod";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { SelectField, TextAreaField } from "@/components/ui/form-fields";
import { FormMessage } from "@/components/ui/form-message";
import { useServerForm } from "@/components/ui/use-server-form";
import { moveApplicantAction } from "@/lib/actions/applications/move-applicant";
import { APPLICATION_LIMITS, type ApplicationStageCode } from "@/lib/domain/application-rules";
import { zMoveStageInput } from "@/lib/validations/application";

type Values = z.input<typeof zMoveStageInput>;
type Output = z.output<typeof zMoveStageInput>;

export function MoveStageForm({ applicationId, version, moves }: { applicationId: string; version: number; moves: readonly ApplicationStageCode[] }) {
  const t = useTranslations("applications.applicant.move");
  const ts = useTranslations("applications.stage");
  const router = useRouter();
  const [moved, setMoved] = useState<ApplicationStageCode | null>(null);
  const form = useForm<Values, unknown, Output>({
    resolver: zodResolver(zMoveStageInput),
    defaultValues: { applicationId, version, to: "" as ApplicationStageCode, reason: "", reasonShared: false },
  });
  const { formError, submit, onInvalid, formRef } = useServerForm(form);
  const to = useWatch({ control: form.control, name: "to" });
  // After a move the page is read again with the new version and stages: the next move starts from them (the "moved" note stays).
  useEffect(() => {
    form.reset({ applicationId, version, to: "" as ApplicationStageCode, reason: "", reasonShared: false });
  }, [form, applicationId, version]);

  const onSubmit = form.handleSubmit(async (values) => {
    const rejecting = values.to === "REJECTED";
    const input = { ...values, reason: rejecting ? values.reason : null, reasonShared: rejecting && values.reasonShared };
    if (await submit(() => moveApplicantAction(input))) {
      setMoved(values.to);
      router.refresh();
    }
  }, onInvalid);

  return (
    <form ref={formRef} onSubmit={onSubmit} noValidate className="space-y-3">
      {moved ? <Alert tone="success">{t("moved", { stage: ts(moved) })}</Alert> : null}
      <FormMessage message={formError} />
      <SelectField form={form} name="to" label={t("to")}>
        <option value="">{t("choose")}</option>
        {moves.map((s) => (
          <option key={s} value={s}>
            {ts(s)}
          </option>
        ))}
      </SelectField>
      {to === "REJECTED" ? (
        <>
          <TextAreaField form={form} name="reason" label={t("reason")} rows={3} maxLength={APPLICATION_LIMITS.reasonMax} />
          <label className="flex items-start gap-2 text-sm text-slate-800">
            <input type="checkbox" className="mt-0.5 h-4 w-4 shrink-0" {...form.register("reasonShared")} />
            <span>
              {t("share")}
              <span className="block text-slate-600">{t("shareHint")}</span>
            </span>
          </label>
        </>
      ) : null}
      <Button type="submit" disabled={form.formState.isSubmitting}>
        {t("submit")}
      </Button>
    </form>
  );
}
