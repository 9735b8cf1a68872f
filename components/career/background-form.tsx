"use client";
// The candidate's background: past and current roles (a job title can be
// mapped to the closest role), skills with levels and evidence, and what the
// candidate wants. One form, saved as a whole; a refused save keeps
// everything typed and marks the fields.
import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useMemo, useState } from "react";
import { useFieldArray, useForm, useWatch } from "react-hook-form";
import type { z } from "zod";
import { PasteSuggestions } from "@/components/career/paste-suggestions";
import { BackgroundRoles } from "@/components/career/background-roles";
import { SkillPicker, skillLabel } from "@/components/taxonomy/skill-picker";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Select } from "@/components/ui/field";
import { SelectField, TextField } from "@/components/ui/form-fields";
import { FormMessage } from "@/components/ui/form-message";
import { useMessage } from "@/components/ui/use-message";
import { useServerForm } from "@/components/ui/use-server-form";
import { saveBackgroundAction } from "@/lib/actions/career/save-background";
import { CURRENCIES, WORK_MODES } from "@/lib/domain/posting-rules";
import { BACKGROUND_LIMITS, LANGUAGE_CODES, SKILL_LEVELS, zBackgroundInput, type BackgroundValues } from "@/lib/validations/career";
import type { RoleOption } from "@/lib/views/career";
import type { SkillOption } from "@/lib/views/postings";

type Output = z.output<typeof zBackgroundInput>;

export function BackgroundForm(props: { initial: BackgroundValues; roles: RoleOption[]; skills: SkillOption[]; locale: "en" | "ru" }) {
  const t = useTranslations("career.background");
  const tc = useTranslations();
  const text = useMessage();
  const router = useRouter();
  const [saved, setSaved] = useState(false);
  const form = useForm<BackgroundValues, unknown, Output>({ resolver: zodResolver(zBackgroundInput), defaultValues: props.initial });
  const { formError, submit, onInvalid, formRef } = useServerForm(form);
  const skills = useFieldArray({ control: form.control, name: "skills" });
  const roles = useFieldArray({ control: form.control, name: "roles" });
  const chosen = useWatch({ control: form.control, name: "skills" });
  const taken = useMemo(() => new Set((chosen ?? []).map((s) => s.skillId)), [chosen]);
  const byId = useMemo(() => new Map(props.skills.map((s) => [s.id, s])), [props.skills]);
  const languageName = useMemo(() => new Intl.DisplayNames([props.locale], { type: "language" }), [props.locale]);

  const onSubmit = form.handleSubmit(async (values) => {
    setSaved(false);
    if (await submit(() => saveBackgroundAction(values))) {
      setSaved(true);
      router.refresh();
    }
  }, onInvalid);

  const addSuggested = (picked: { skills: string[]; roles: string[] }) => {
    for (const id of picked.skills) if (!taken.has(id)) skills.append({ skillId: id, level: 3, evidence: "" });
    for (const id of picked.roles) roles.append({ roleId: id, title: "", years: 1, current: false });
  };

  return (
    <form ref={formRef} onSubmit={onSubmit} noValidate className="space-y-8">
      {saved ? <Alert tone="success">{t("saved")}</Alert> : null}
      <FormMessage message={formError} />

      <section aria-labelledby="paste-title" className="space-y-3">
        <h2 id="paste-title" className="text-lg font-semibold">
          {t("paste.title")}
        </h2>
        <PasteSuggestions onAdd={addSuggested} />
      </section>

      <BackgroundRoles form={form} roles={roles} options={props.roles} />

      <section aria-labelledby="skills-title" className="space-y-3">
        <h2 id="skills-title" className="text-lg font-semibold">
          {t("skills.title")}
        </h2>
        <p className="text-sm text-slate-700">{t("skills.lead")}</p>
        {skills.fields.length === 0 ? <p className="text-sm text-slate-600">{t("skills.empty")}</p> : null}
        <ul className="space-y-3">
          {skills.fields.map((field, i) => {
            const option = byId.get(field.skillId);
            const name = option ? skillLabel(option, props.locale) : t("skills.retired");
            const skillError = text(form.formState.errors.skills?.[i]?.skillId?.message);
            return (
              <li key={field.id} className="rounded-md border border-slate-200 p-3">
                <div className="flex flex-wrap items-center gap-3">
                  <span className="w-full font-medium text-slate-900 sm:w-auto sm:min-w-0 sm:flex-1">{name}</span>
                  <label className="flex items-center gap-2 text-sm">
                    {t("skills.level")}
                    <Select aria-label={t("skills.levelFor", { skill: name })} className="w-auto" {...form.register(`skills.${i}.level`, { valueAsNumber: true })}>
                      {SKILL_LEVELS.map((level) => (
                        <option key={level} value={level}>
                          {t(`levels.${level}`)}
                        </option>
                      ))}
                    </Select>
                  </label>
                  <Button type="button" variant="ghost" className="py-1" aria-label={t("skills.removeFor", { skill: name })} onClick={() => skills.remove(i)}>
                    {t("remove")}
                  </Button>
                </div>
                {skillError ? <p className="mt-1 text-sm text-red-700">{skillError}</p> : null}
                <div className="mt-2">
                  <TextField form={form} name={`skills.${i}.evidence`} maxLength={BACKGROUND_LIMITS.evidence} label={t("skills.evidence")} hint={t("skills.evidenceHint")} />
                </div>
              </li>
            );
          })}
        </ul>
        <SkillPicker
          id="background-skill-search"
          skills={props.skills}
          taken={taken}
          locale={props.locale}
          disabled={skills.fields.length >= BACKGROUND_LIMITS.skills}
          onPick={(s) => skills.append({ skillId: s.id, level: 3, evidence: "" })}
          text={{ label: t("skills.add"), placeholder: t("skills.placeholder"), hint: t("skills.hint"), matches: t("skills.matches"), noMatches: t("skills.noMatches") }}
        />
      </section>

      <section aria-labelledby="wishes-title" className="space-y-4">
        <h2 id="wishes-title" className="text-lg font-semibold">
          {t("wishes.title")}
        </h2>
        <SelectField form={form} name="workMode" label={t("wishes.workMode")}>
          <option value="">{t("wishes.anyMode")}</option>
          {WORK_MODES.map((m) => (
            <option key={m} value={m}>
              {t(`wishes.modes.${m}`)}
            </option>
          ))}
        </SelectField>
        <fieldset>
          <legend className="text-sm font-medium text-slate-800">{t("wishes.languages")}</legend>
          <div className="mt-2 flex flex-wrap gap-x-4 gap-y-2">
            {LANGUAGE_CODES.map((code) => (
              <label key={code} className="flex items-center gap-2 text-sm">
                <input type="checkbox" className="h-4 w-4" value={code} {...form.register("languages")} />
                {languageName.of(code)}
              </label>
            ))}
          </div>
        </fieldset>
        <div className="grid gap-4 sm:grid-cols-2">
          <TextField form={form} name="salaryFrom" type="number" inputMode="text" label={t("wishes.salaryFrom")} hint={t("wishes.salaryHint")} />
          <SelectField form={form} name="currency" label={t("wishes.currency")}>
            <option value="">{t("wishes.chooseCurrency")}</option>
            {CURRENCIES.map((c) => (
              <option key={c} value={c}>
                {c}
              </option>
            ))}
          </SelectField>
        </div>
        <label className="flex items-start gap-2 text-sm">
          <input type="checkbox" className="mt-0.5 h-4 w-4" {...form.register("discoverable")} />
          <span>
            <span className="font-medium text-slate-900">{t("wishes.discoverable")}</span>
            <span className="block text-slate-600">{t("wishes.discoverableHint")}</span>
          </span>
        </label>
      </section>

      <Button type="submit" disabled={form.formState.isSubmitting}>
        {form.formState.isSubmitting ? tc("common.actions.saving") : t("save")}
      </Button>
    </form>
  );
}
