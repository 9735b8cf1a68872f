"use client";
// Step 1: which role? Four questions in the source article's terms; the
// advice and its reasons appear as soon as all are answered, and the company
// picks the role (the advice preselects it, the company may choose otherwise).
// "Both" starts a second draft for the other role.
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useWatch } from "react-hook-form";
import { Alert } from "@/components/ui/alert";
import { ChoiceGroup } from "@/components/ui/choice-group";
import { StepShell } from "@/components/postings/step-shell";
import { useStepForm } from "@/components/postings/use-step-form";
import { createPostingDraftAction } from "@/lib/actions/postings/create-posting-draft";
import {
  ADVISOR_AUDIENCES,
  ADVISOR_CHANNELS,
  ADVISOR_METRICS,
  ADVISOR_OWN_COMMUNITY,
  adviseRole,
  isCompleteAdvisorAnswers,
} from "@/lib/domain/role-advisor";
import { POSTING_FAMILIES, zRoleStep, zRoleStepDraft, type RoleStep } from "@/lib/validations/posting";

type Values = { advisor: { channels: string[]; audience: string | null; metric: string | null; ownCommunity: string | null }; family: string | null };

export function StepRole(props: { postingId: string; version: number; initial: RoleStep; nextHref: string }) {
  const t = useTranslations("postings.advisor");
  const tw = useTranslations("postings.wizard");
  const initial: Values = {
    advisor: {
      channels: [...(props.initial.advisor?.channels ?? [])],
      audience: props.initial.advisor?.audience ?? null,
      metric: props.initial.advisor?.metric ?? null,
      ownCommunity: props.initial.advisor?.ownCommunity ?? null,
    },
    family: props.initial.family ?? null,
  };
  const step = useStepForm<Values>({
    postingId: props.postingId,
    version: props.version,
    step: "role",
    initial,
    draft: zRoleStepDraft,
    strict: zRoleStep,
    nextHref: props.nextHref,
    prevHref: null,
  });
  const { form } = step;
  const answers = useWatch({ control: form.control, name: "advisor" });
  const family = useWatch({ control: form.control, name: "family" });
  const [alsoOther, setAlsoOther] = useState(false);
  const [otherError, setOtherError] = useState<string | null>(null);
  const complete = answers && isCompleteAdvisorAnswers(answers as never);
  const advice = complete ? adviseRole(answers as never) : null;

  const onSubmit = async (event: React.FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (advice?.recommendation === "BOTH" && alsoOther && family) {
      const other = family === "SMM" ? "COMMUNITY" : "SMM";
      const created = await createPostingDraftAction({ family: other, advisor: answers as never });
      if (!created.ok) return setOtherError(created.error);
      setAlsoOther(false);
    }
    await step.onNext(event);
  };

  const option = (group: string) => (value: string) => ({ value, label: t(`${group}.${value}`) });
  return (
    <StepShell
      formRef={step.formRef}
      onSubmit={onSubmit}
      formError={step.formError ?? otherError}
      saveState={step.saveState}
      submitting={form.formState.isSubmitting}
    >
      <section className="space-y-5" aria-labelledby="advisor-title">
        <div>
          <h2 id="advisor-title" className="text-lg font-semibold">
            {t("title")}
          </h2>
          <p className="text-sm text-slate-700">{t("lead")}</p>
        </div>
        <ChoiceGroup form={form} name="advisor.channels" type="checkbox" legend={t("channels.legend")} hint={t("channels.hint")} columns={3} options={ADVISOR_CHANNELS.map(option("channels"))} />
        <ChoiceGroup form={form} name="advisor.audience" type="radio" legend={t("audience.legend")} columns={2} options={ADVISOR_AUDIENCES.map(option("audience"))} />
        <ChoiceGroup form={form} name="advisor.metric" type="radio" legend={t("metric.legend")} columns={2} options={ADVISOR_METRICS.map(option("metric"))} />
        <ChoiceGroup form={form} name="advisor.ownCommunity" type="radio" legend={t("ownCommunity.legend")} columns={3} options={ADVISOR_OWN_COMMUNITY.map(option("ownCommunity"))} />
      </section>
      <div aria-live="polite">
        {advice ? (
          <Alert tone="info">
            <p className="font-semibold">{t(`recommendation.${advice.recommendation}`)}</p>
            <ul className="mt-2 list-disc space-y-1 pl-5">
              {advice.reasons.map((r) => (
                <li key={r.code}>{t(`reasons.${r.code.replace(".", "_")}`)}</li>
              ))}
            </ul>
            <p className="mt-2 text-sm">{t("ruleOfThumb")}</p>
          </Alert>
        ) : (
          <p className="text-sm text-slate-600">{t("answerAll")}</p>
        )}
      </div>
      <ChoiceGroup
        form={form}
        name="family"
        type="radio"
        legend={tw("chooseFamily")}
        columns={2}
        options={POSTING_FAMILIES.map((f) => ({
          value: f,
          label: t(`family.${f}`),
          hint: advice?.families.includes(f) ? t("recommended") : undefined,
        }))}
      />
      {advice?.recommendation === "BOTH" && family ? (
        <label className="flex items-start gap-3 text-sm">
          <input type="checkbox" className="mt-0.5 h-4 w-4" checked={alsoOther} onChange={(e) => setAlsoOther(e.target.checked)} />
          <span>{t("alsoOther", { other: t(`family.${family === "SMM" ? "COMMUNITY" : "SMM"}`) })}</span>
        </label>
      ) : null}
    </StepShell>
  );
}
