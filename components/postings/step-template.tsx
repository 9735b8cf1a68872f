"use client";
// Step 2: the template. The role and level prefill responsibilities, KPIs,
// channels and skills from the taxonomy; the company edits them. Skills are
// found by any of their names in either language.
import { useTranslations } from "next-intl";
import { useMemo, useState } from "react";
import { useFieldArray, useWatch } from "react-hook-form";
import { Button } from "@/components/ui/button";
import { Select } from "@/components/ui/field";
import { SelectField } from "@/components/ui/form-fields";
import { LinesField } from "@/components/ui/lines-field";
import { useMessage } from "@/components/ui/use-message";
import { StepShell } from "@/components/postings/step-shell";
import { SkillPicker, skillLabel } from "@/components/taxonomy/skill-picker";
import { useStepForm } from "@/components/postings/use-step-form";
import { POSTING_LIMITS } from "@/lib/domain/posting-rules";
import { SKILL_LEVELS, zTemplateStep, zTemplateStepDraft, type TemplateStep } from "@/lib/validations/posting";
import type { RoleTemplate, SkillOption } from "@/lib/views/postings";

type Values = Omit<TemplateStep, "roleId"> & { roleId: string | null };

export function StepTemplate(props: {
  postingId: string;
  version: number;
  initial: TemplateStep;
  roles: RoleTemplate[];
  skills: SkillOption[];
  locale: "en" | "ru";
  nextHref: string;
  prevHref: string;
}) {
  const t = useTranslations("postings.template");
  const text = useMessage();
  const step = useStepForm<Values>({
    postingId: props.postingId,
    version: props.version,
    step: "template",
    initial: { ...props.initial, roleId: props.initial.roleId ?? null },
    draft: zTemplateStepDraft,
    strict: zTemplateStep,
    nextHref: props.nextHref,
    prevHref: props.prevHref,
  });
  const { form } = step;
  const skills = useFieldArray({ control: form.control, name: "skills" });
  const watched = useWatch({ control: form.control, name: "skills" });
  const chosen = useMemo(() => watched ?? [], [watched]);
  const roleId = useWatch({ control: form.control, name: "roleId" });
  // The lists' text areas keep their own text: filling from the template draws them anew.
  const [filled, setFilled] = useState(0);
  const byId = useMemo(() => new Map(props.skills.map((s) => [s.id, s])), [props.skills]);
  const label = (s: SkillOption) => skillLabel(s, props.locale);
  const taken = useMemo(() => new Set(chosen.map((c) => c.skillId)), [chosen]);

  const fillFromTemplate = () => {
    const role = props.roles.find((r) => r.id === roleId);
    if (!role) return;
    const { skills: templateSkills, responsibilitiesEn, responsibilitiesRu, kpisEn, kpisRu, channelsEn, channelsRu } = role;
    form.reset({ ...form.getValues(), responsibilitiesEn, responsibilitiesRu, kpisEn, kpisRu, channelsEn, channelsRu, skills: templateSkills }, { keepDefaultValues: true });
    // reset() does not count as a change: save the template now.
    form.setValue("roleId", role.id, { shouldDirty: true });
    setFilled((n) => n + 1);
  };

  const mustHaves = chosen.filter((s) => s.mustHave).length;
  const skillsError = text((form.formState.errors.skills as { message?: string } | undefined)?.message);
  const full = chosen.length >= POSTING_LIMITS.skillsMax;

  return (
    <StepShell formRef={step.formRef} onSubmit={step.onNext} formError={step.formError} saveState={step.saveState} submitting={form.formState.isSubmitting} onBack={step.onBack}>
      <div className="flex flex-col gap-3 sm:flex-row sm:items-end">
        <div className="flex-1">
          <SelectField form={form} name="roleId" label={t("role")} hint={t("roleHint")}>
            <option value="">{t("chooseRole")}</option>
            {props.roles.map((r) => (
              <option key={r.id} value={r.id}>
                {props.locale === "ru" ? r.labelRu || r.labelEn : r.labelEn || r.labelRu}
              </option>
            ))}
          </SelectField>
        </div>
        <Button type="button" variant="secondary" disabled={!roleId} onClick={fillFromTemplate}>
          {t("fill")}
        </Button>
      </div>

      <section aria-labelledby="skills-title" className="space-y-3">
        <div>
          <h2 id="skills-title" className="text-lg font-semibold">
            {t("skillsTitle")}
          </h2>
          <p className="text-sm text-slate-700" aria-live="polite">
            {t("skillsCount", { count: chosen.length, max: POSTING_LIMITS.skillsMax, must: mustHaves, mustMax: POSTING_LIMITS.mustHavesMax })}
          </p>
          {skillsError ? (
            <p id="f-skills-error" className="text-sm text-red-700">
              {skillsError}
            </p>
          ) : null}
        </div>
        {skills.fields.length === 0 ? <p className="text-sm text-slate-600">{t("noSkills")}</p> : null}
        <ul className="space-y-2">
          {skills.fields.map((field, i) => {
            const option = byId.get(chosen[i]?.skillId ?? field.skillId);
            const name = option ? label(option) : "?";
            return (
              <li key={field.id} className="flex flex-wrap items-center gap-x-4 gap-y-2 rounded-md border border-slate-200 p-3">
                <span className="w-full font-medium sm:w-auto sm:flex-1">{name}</span>
                <label className="flex items-center gap-2 text-sm">
                  <input type="checkbox" className="h-4 w-4" {...form.register(`skills.${i}.mustHave`)} />
                  {t("mustHave")}
                </label>
                <label className="flex items-center gap-2 text-sm">
                  <span>{t("level")}</span>
                  <span className="w-16">
                    <Select {...form.register(`skills.${i}.level`, { valueAsNumber: true })}>
                      {SKILL_LEVELS.map((level) => (
                        <option key={level} value={level}>
                          {level}
                        </option>
                      ))}
                    </Select>
                  </span>
                </label>
                <Button type="button" variant="ghost" className="ml-auto py-1" aria-label={t("removeSkill", { skill: name })} onClick={() => skills.remove(i)}>
                  {t("remove")}
                </Button>
              </li>
            );
          })}
        </ul>
        <SkillPicker
          id="skill-search"
          skills={props.skills}
          taken={taken}
          locale={props.locale}
          disabled={full}
          onPick={(s) => skills.append({ skillId: s.id, mustHave: false, level: 3 })}
          text={{
            label: t("addSkill"),
            placeholder: t("searchPlaceholder"),
            hint: full ? t("skillsFull", { max: POSTING_LIMITS.skillsMax }) : t("searchHint"),
            matches: t("matches"),
            noMatches: t("noMatches"),
          }}
        />
      </section>

      <section aria-labelledby="lists-title" className="space-y-4">
        <h2 id="lists-title" className="text-lg font-semibold">
          {t("listsTitle")}
        </h2>
        <div key={filled} className="grid gap-4 md:grid-cols-2">
          <LinesField form={form} name="responsibilitiesEn" lang="en" label={t("responsibilitiesEn")} rows={6} emptyHint={t("emptyList")} />
          <LinesField form={form} name="responsibilitiesRu" lang="ru" label={t("responsibilitiesRu")} rows={6} emptyHint={t("emptyList")} />
          <LinesField form={form} name="kpisEn" lang="en" label={t("kpisEn")} emptyHint={t("emptyOptional")} />
          <LinesField form={form} name="kpisRu" lang="ru" label={t("kpisRu")} emptyHint={t("emptyOptional")} />
          <LinesField form={form} name="channelsEn" lang="en" label={t("channelsEn")} emptyHint={t("emptyOptional")} />
          <LinesField form={form} name="channelsRu" lang="ru" label={t("channelsRu")} emptyHint={t("emptyOptional")} />
        </div>
      </section>
    </StepShell>
  );
}
