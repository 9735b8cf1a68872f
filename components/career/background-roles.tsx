"use client";
// Past and current roles: each a taxonomy role or feeder profession with
// years; the job title as written can be mapped to the closest role (the
// server compares word forms in either language), and the candidate confirms.
import { useTranslations } from "next-intl";
import { useState } from "react";
import type { UseFieldArrayReturn, UseFormReturn } from "react-hook-form";
import type { z } from "zod";
import { Button } from "@/components/ui/button";
import { SelectField, TextField } from "@/components/ui/form-fields";
import { suggestBackgroundAction } from "@/lib/actions/career/suggest-background";
import { BACKGROUND_LIMITS, type BackgroundValues, type zBackgroundInput } from "@/lib/validations/career";
import type { RoleOption } from "@/lib/views/career";
import { ROLE_FAMILIES } from "@/lib/views/vocabulary";

type Form = UseFormReturn<BackgroundValues, unknown, z.output<typeof zBackgroundInput>>;

function ClosestRole({ form, index, options }: { form: Form; index: number; options: RoleOption[] }) {
  const t = useTranslations("career.background.roles");
  const [note, setNote] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const find = async () => {
    const title = String(form.getValues(`roles.${index}.title`) ?? "").trim();
    if (!title) return setNote(t("titleFirst"));
    setBusy(true);
    const result = await suggestBackgroundAction({ mode: "title", text: title }).catch(() => null);
    setBusy(false);
    const best = result?.ok ? result.value.roles[0] : undefined;
    if (!best || !options.some((o) => o.id === best.id)) return setNote(t("noClosest"));
    form.setValue(`roles.${index}.roleId`, best.id, { shouldDirty: true });
    setNote(t("closest", { role: best.label }));
  };
  return (
    <div className="flex flex-wrap items-center gap-2">
      <Button type="button" variant="secondary" className="py-1" disabled={busy} onClick={find}>
        {t("findClosest")}
      </Button>
      <span role="status" className="text-sm text-slate-700">
        {note}
      </span>
    </div>
  );
}

export function BackgroundRoles({ form, roles, options }: { form: Form; roles: UseFieldArrayReturn<BackgroundValues, "roles">; options: RoleOption[] }) {
  const t = useTranslations("career.background.roles");
  return (
    <section aria-labelledby="roles-title" className="space-y-3">
      <h2 id="roles-title" className="text-lg font-semibold">
        {t("title")}
      </h2>
      <p className="text-sm text-slate-700">{t("lead")}</p>
      {roles.fields.length === 0 ? <p className="text-sm text-slate-600">{t("empty")}</p> : null}
      <ol className="space-y-3">
        {roles.fields.map((field, i) => (
          <li key={field.id} className="space-y-3 rounded-md border border-slate-200 p-3">
            <div className="grid gap-3 sm:grid-cols-2">
              <TextField form={form} name={`roles.${i}.title`} maxLength={BACKGROUND_LIMITS.title} label={t("jobTitle")} hint={t("jobTitleHint")} />
              <SelectField form={form} name={`roles.${i}.roleId`} label={t("role")}>
                <option value="">{t("chooseRole")}</option>
                {ROLE_FAMILIES.map((family) => (
                  <optgroup key={family} label={t(`families.${family}`)}>
                    {options
                      .filter((o) => o.family === family)
                      .map((o) => (
                        <option key={o.id} value={o.id}>
                          {o.label}
                        </option>
                      ))}
                  </optgroup>
                ))}
              </SelectField>
            </div>
            <ClosestRole form={form} index={i} options={options} />
            <div className="flex flex-wrap items-end gap-4">
              <div className="w-32">
                <TextField form={form} name={`roles.${i}.years`} type="number" inputMode="text" label={t("years")} />
              </div>
              <label className="flex items-center gap-2 pb-2 text-sm">
                <input type="checkbox" className="h-4 w-4" {...form.register(`roles.${i}.current`)} />
                {t("current")}
              </label>
              <Button type="button" variant="ghost" className="ml-auto" onClick={() => roles.remove(i)}>
                {t("remove")}
              </Button>
            </div>
          </li>
        ))}
      </ol>
      <Button type="button" variant="secondary" disabled={roles.fields.length >= BACKGROUND_LIMITS.roles} onClick={() => roles.append({ roleId: "", title: "", years: 1, current: roles.fields.length === 0 })}>
        {t("add")}
      </Button>
    </section>
  );
}
