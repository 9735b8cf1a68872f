"use client";
// Step 3: the terms. Title in both languages, employment type, where the work
// happens (a remote job names its country, the others also a city), salary or
// "not disclosed", languages, start date and how long the posting stays open.
import { useTranslations } from "next-intl";
import { useMemo } from "react";
import { useFieldArray, useWatch } from "react-hook-form";
import { Button } from "@/components/ui/button";
import { ChoiceGroup } from "@/components/ui/choice-group";
import { Select } from "@/components/ui/field";
import { SelectField, TextField } from "@/components/ui/form-fields";
import { useMessage } from "@/components/ui/use-message";
import { StepShell } from "@/components/postings/step-shell";
import { useStepForm } from "@/components/postings/use-step-form";
import COUNTRY_CODES from "@/lib/domain/countries.json";
import { CURRENCIES, POSTING_LIMITS, WORK_MODES } from "@/lib/domain/posting-rules";
import { EMPLOYMENT_TYPES, LANGUAGE_CODES, LANGUAGE_LEVELS, zDetailsStep, zDetailsStepDraft, type DetailsStep } from "@/lib/validations/posting";

type Values = DetailsStep;

export function StepDetails(props: { postingId: string; version: number; initial: DetailsStep; locale: "en" | "ru"; nextHref: string; prevHref: string }) {
  const t = useTranslations("postings");
  const step = useStepForm<Values>({
    postingId: props.postingId,
    version: props.version,
    step: "details",
    initial: {
      ...props.initial,
      country: props.initial.country ?? "",
      city: props.initial.city ?? "",
      currency: props.initial.currency ?? "",
      employmentType: props.initial.employmentType ?? "",
      startDate: props.initial.startDate ?? "",
    } as unknown as Values,
    draft: zDetailsStepDraft,
    strict: zDetailsStep,
    nextHref: props.nextHref,
    prevHref: props.prevHref,
  });
  const { form } = step;
  const languages = useFieldArray({ control: form.control, name: "languages" });
  const workMode = useWatch({ control: form.control, name: "workMode" });
  const hidden = useWatch({ control: form.control, name: "salaryHidden" });
  const countries = useMemo(() => {
    const names = new Intl.DisplayNames([props.locale], { type: "region" });
    return (COUNTRY_CODES as string[]).map((code) => ({ code, name: names.of(code) ?? code })).sort((a, b) => a.name.localeCompare(b.name, props.locale));
  }, [props.locale]);
  const languageName = useMemo(() => new Intl.DisplayNames([props.locale], { type: "language" }), [props.locale]);

  return (
    <StepShell formRef={step.formRef} onSubmit={step.onNext} formError={step.formError} saveState={step.saveState} submitting={form.formState.isSubmitting} onBack={step.onBack}>
      <div className="grid gap-4 md:grid-cols-2">
        <TextField form={form} name="titleEn" label={t("details.titleEn")} maxLength={POSTING_LIMITS.titleMax} />
        <TextField form={form} name="titleRu" label={t("details.titleRu")} maxLength={POSTING_LIMITS.titleMax} />
      </div>
      <SelectField form={form} name="employmentType" label={t("details.employmentType")}>
        <option value="">{t("details.choose")}</option>
        {EMPLOYMENT_TYPES.map((e) => (
          <option key={e} value={e}>
            {t(`employmentType.${e}`)}
          </option>
        ))}
      </SelectField>
      <ChoiceGroup form={form} name="workMode" type="radio" legend={t("details.workMode")} columns={3} options={WORK_MODES.map((m) => ({ value: m, label: t(`workMode.${m}`) }))} />
      <div className="grid gap-4 md:grid-cols-2">
        <SelectField form={form} name="country" label={t("details.country")} hint={workMode === "REMOTE" ? t("details.countryRemoteHint") : undefined}>
          <option value="">{t("details.choose")}</option>
          {countries.map((c) => (
            <option key={c.code} value={c.code}>
              {c.name}
            </option>
          ))}
        </SelectField>
        <TextField
          form={form}
          name="city"
          label={workMode === "REMOTE" ? t("details.cityOptional") : t("details.city")}
          autoComplete="address-level2"
          maxLength={POSTING_LIMITS.cityMax}
        />
      </div>

      <fieldset className="space-y-3">
        <legend className="text-sm font-medium text-slate-800">{t("details.salary")}</legend>
        <label className="flex items-center gap-2 text-sm">
          <input type="checkbox" className="h-4 w-4" {...form.register("salaryHidden")} />
          {t("details.salaryHidden")}
        </label>
        {hidden ? null : (
          <div className="grid gap-4 sm:grid-cols-3">
            <TextField form={form} name="salaryFrom" type="number" inputMode="text" label={t("details.salaryFrom")} />
            <TextField form={form} name="salaryTo" type="number" inputMode="text" label={t("details.salaryTo")} />
            <SelectField form={form} name="currency" label={t("details.currency")}>
              <option value="">{t("details.choose")}</option>
              {CURRENCIES.map((c) => (
                <option key={c} value={c}>
                  {c}
                </option>
              ))}
            </SelectField>
          </div>
        )}
        <p className="text-sm text-slate-600">{t("details.salaryHint")}</p>
      </fieldset>

      <fieldset className="space-y-2">
        <legend className="text-sm font-medium text-slate-800">{t("details.languages")}</legend>
        {languages.fields.map((field, i) => (
          <div key={field.id} className="flex flex-wrap items-center gap-2">
            <span className="w-44">
            <Select aria-label={t("details.language")} {...form.register(`languages.${i}.code`)}>
              {LANGUAGE_CODES.map((code) => (
                <option key={code} value={code}>
                  {languageName.of(code) ?? code}
                </option>
              ))}
            </Select>
            </span>
            <span className="w-32">
            <Select aria-label={t("details.languageLevel")} {...form.register(`languages.${i}.level`)}>
              {LANGUAGE_LEVELS.map((level) => (
                <option key={level} value={level}>
                  {t(`languageLevel.${level}`)}
                </option>
              ))}
            </Select>
            </span>
            <Button type="button" variant="ghost" className="py-1" onClick={() => languages.remove(i)}>
              {t("details.removeLanguage")}
            </Button>
          </div>
        ))}
        {languages.fields.length < POSTING_LIMITS.languagesMax ? (
          <Button type="button" variant="secondary" className="py-1" onClick={() => languages.append({ code: props.locale === "ru" ? "en" : "ru", level: "B2" })}>
            {t("details.addLanguage")}
          </Button>
        ) : null}
        <ErrorOf form={form} name="languages" />
      </fieldset>

      <div className="grid gap-4 sm:grid-cols-2">
        <TextField form={form} name="startDate" type="date" label={t("details.startDate")} hint={t("details.startDateHint")} />
        <div>
          <TextField form={form} name="validDays" type="number" label={t("details.validDays")} hint={t("details.validDaysHint", { max: POSTING_LIMITS.validDaysMax })} />
        </div>
      </div>
    </StepShell>
  );
}

function ErrorOf({ form, name }: { form: ReturnType<typeof useStepForm<Values>>["form"]; name: "languages" }) {
  const text = useMessage();
  const message = text((form.formState.errors[name] as { message?: string } | undefined)?.message);
  return message ? <p className="text-sm text-red-700">{message}</p> : null;
}
