"use client";
// A role's requirements: each skill with its importance and minimum level,
// changed, removed or reordered one at a time (the role's version guards the
// list), and new ones added from the active skills.
import { useTranslations } from "next-intl";
import { useState } from "react";
import { ActionButton } from "@/components/ui/action-button";
import { Badge } from "@/components/ui/card";
import { Select } from "@/components/ui/field";
import { moveTaxonomyItemAction } from "@/lib/actions/taxonomy/move-taxonomy-item";
import { removeRequirementAction } from "@/lib/actions/taxonomy/remove-requirement";
import { saveRequirementAction } from "@/lib/actions/taxonomy/save-requirement";
import type { RoleEditView, SkillOption } from "@/lib/views/taxonomy-editor";
import { IMPORTANCES, type Importance } from "@/lib/views/vocabulary";

const LEVELS = [1, 2, 3, 4, 5];

function RequirementRow({ role, roleVersion, req }: { role: string; roleVersion: number; req: RoleEditView["requirements"][number] }) {
  const t = useTranslations("editor");
  const [importance, setImportance] = useState<Importance>(req.importance);
  const [level, setLevel] = useState(req.minLevel);
  const changed = importance !== req.importance || level !== req.minLevel;
  const id = `req-${req.skill}`;
  return (
    <li className="flex flex-wrap items-center gap-2 rounded-md border border-slate-200 bg-white p-3 text-sm">
      <span className="min-w-40 flex-1 font-medium break-words">
        {req.label} {req.skillStatus === "DEPRECATED" ? <Badge tone="amber">{t("status.DEPRECATED")}</Badge> : null}
      </span>
      <label className="sr-only" htmlFor={`${id}-importance`}>
        {t("requirements.importanceOf", { skill: req.label })}
      </label>
      <div className="w-40">
        <Select id={`${id}-importance`} className="py-1" value={importance} onChange={(e) => setImportance(e.target.value as Importance)}>
          {IMPORTANCES.map((i) => (
            <option key={i} value={i}>
              {t(`importance.${i}`)}
            </option>
          ))}
        </Select>
      </div>
      <label className="sr-only" htmlFor={`${id}-level`}>
        {t("requirements.levelOf", { skill: req.label })}
      </label>
      <div className="w-32">
        <Select id={`${id}-level`} className="py-1" value={level} onChange={(e) => setLevel(Number(e.target.value))}>
          {LEVELS.map((l) => (
            <option key={l} value={l}>
              {t("level", { level: l })}
            </option>
          ))}
        </Select>
      </div>
      <ActionButton
        disabled={!changed}
        ariaLabel={t("requirements.saveFor", { skill: req.label })}
        run={() => saveRequirementAction({ role, skill: req.skill, importance, minLevel: level, roleVersion })}
      >
        {t("save")}
      </ActionButton>
      <ActionButton ariaLabel={t("moveUpFor", { label: req.label })} run={() => moveTaxonomyItemAction({ entity: "REQUIREMENT", key: `${role}/${req.skill}`, version: roleVersion, direction: "up" })}>
        <span aria-hidden="true">↑</span>
      </ActionButton>
      <ActionButton ariaLabel={t("moveDownFor", { label: req.label })} run={() => moveTaxonomyItemAction({ entity: "REQUIREMENT", key: `${role}/${req.skill}`, version: roleVersion, direction: "down" })}>
        <span aria-hidden="true">↓</span>
      </ActionButton>
      <ActionButton variant="danger" ariaLabel={t("requirements.removeFor", { skill: req.label })} run={() => removeRequirementAction({ role, skill: req.skill, roleVersion })}>
        {t("requirements.remove")}
      </ActionButton>
    </li>
  );
}

export function RequirementsEditor({ role, roleVersion, requirements, skills }: { role: string; roleVersion: number; requirements: RoleEditView["requirements"]; skills: SkillOption[] }) {
  const available = skills.filter((s) => s.status === "ACTIVE" && !requirements.some((r) => r.skill === s.slug));
  return (
    <div className="space-y-4">
      <ol className="space-y-2">
        {requirements.map((r) => (
          <RequirementRow key={`${r.skill}-${roleVersion}`} role={role} roleVersion={roleVersion} req={r} />
        ))}
      </ol>
      {/* Keyed by the version: after each change it starts again from the skills still available. */}
      <AddRequirement key={roleVersion} role={role} roleVersion={roleVersion} available={available} />
    </div>
  );
}

function AddRequirement({ role, roleVersion, available }: { role: string; roleVersion: number; available: SkillOption[] }) {
  const t = useTranslations("editor");
  const [skill, setSkill] = useState(available[0]?.slug ?? "");
  const [importance, setImportance] = useState<Importance>("ESSENTIAL");
  const [level, setLevel] = useState(2);
  return (
    <fieldset className="rounded-md border border-slate-200 p-3">
      <legend className="px-1 text-sm font-semibold">{t("requirements.add")}</legend>
      <div className="flex flex-wrap items-end gap-2 text-sm">
        <label className="min-w-48 flex-1">
          {t("requirements.skill")}
          <Select value={skill} onChange={(e) => setSkill(e.target.value)} className="mt-1">
            {available.map((s) => (
              <option key={s.slug} value={s.slug}>
                {s.label}
              </option>
            ))}
          </Select>
        </label>
        <label className="w-40">
          {t("requirements.importance")}
          <Select value={importance} onChange={(e) => setImportance(e.target.value as Importance)} className="mt-1">
            {IMPORTANCES.map((i) => (
              <option key={i} value={i}>
                {t(`importance.${i}`)}
              </option>
            ))}
          </Select>
        </label>
        <label className="w-32">
          {t("requirements.minLevel")}
          <Select value={level} onChange={(e) => setLevel(Number(e.target.value))} className="mt-1">
            {LEVELS.map((l) => (
              <option key={l} value={l}>
                {t("level", { level: l })}
              </option>
            ))}
          </Select>
        </label>
        <ActionButton variant="primary" disabled={!skill} run={() => saveRequirementAction({ role, skill, importance, minLevel: level, roleVersion })}>
          {t("requirements.addButton")}
        </ActionButton>
      </div>
    </fieldset>
  );
}
