"use client";
// Merge another skill (a duplicate or synonym) into this one.
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { ActionButton } from "@/components/ui/action-button";
import { Field, Select } from "@/components/ui/field";
import { mergeSkillsAction } from "@/lib/actions/taxonomy/merge-skills";
import type { SkillOption } from "@/lib/views/taxonomy-editor";

export function MergeForm({ keep, keepLabel, keepVersion, options }: { keep: string; keepLabel: string; keepVersion: number; options: SkillOption[] }) {
  const t = useTranslations("editor.merge");
  const router = useRouter();
  const others = options.filter((o) => o.slug !== keep);
  const [merge, setMerge] = useState(others[0]?.slug ?? "");
  const chosen = others.find((o) => o.slug === merge);
  return (
    <div className="space-y-3">
      <p className="text-sm text-slate-700">{t("lead", { label: keepLabel })}</p>
      <Field id="merge-skill" label={t("choose")}>
        <Select id="merge-skill" value={merge} onChange={(e) => setMerge(e.target.value)}>
          {others.map((o) => (
            <option key={o.slug} value={o.slug}>
              {o.label}
            </option>
          ))}
        </Select>
      </Field>
      {chosen ? (
        <ActionButton
          variant="danger"
          confirm={t("confirm", { merge: chosen.label, keep: keepLabel })}
          confirmLabel={t("submit")}
          run={() => mergeSkillsAction({ keep, keepVersion, merge: chosen.slug, mergeVersion: chosen.version })}
          onDone={() => router.refresh()}
        >
          {t("submit")}
        </ActionButton>
      ) : null}
    </div>
  );
}
