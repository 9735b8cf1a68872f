"use client";
// Finding a skill to add by any of its names in either language (labels and
// alternative labels, "ё" read as "е"): the posting wizard's skills and the
// candidate's background both use it.
import { useMemo, useState } from "react";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/field";
import type { SkillOption } from "@/lib/views/postings";

const fold = (text: string) => text.toLowerCase().replace(/ё/g, "е");

export const skillLabel = (s: SkillOption, locale: "en" | "ru") => (locale === "ru" ? s.labelRu || s.labelEn : s.labelEn || s.labelRu);

export function SkillPicker(props: {
  id: string;
  skills: SkillOption[];
  taken: ReadonlySet<string>;
  locale: "en" | "ru";
  disabled?: boolean;
  onPick: (skill: SkillOption) => void;
  text: { label: string; placeholder: string; hint: string; matches: string; noMatches: string };
}) {
  const [query, setQuery] = useState("");
  const matches = useMemo(() => {
    const q = fold(query.trim());
    if (q.length < 2) return [];
    return props.skills.filter((s) => !props.taken.has(s.id) && [s.labelEn, s.labelRu, ...s.altLabels].some((name) => fold(name).includes(q))).slice(0, 8);
  }, [query, props.taken, props.skills]);

  return (
    <div className="space-y-2">
      <label htmlFor={props.id} className="block text-sm font-medium text-slate-800">
        {props.text.label}
      </label>
      <Input
        id={props.id}
        type="search"
        value={query}
        disabled={props.disabled}
        placeholder={props.text.placeholder}
        aria-describedby={`${props.id}-hint`}
        onChange={(e) => setQuery(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === "Enter") e.preventDefault();
        }}
      />
      <p id={`${props.id}-hint`} className="text-sm text-slate-600">
        {props.text.hint}
      </p>
      {matches.length > 0 ? (
        <ul aria-label={props.text.matches} className="flex flex-wrap gap-2">
          {matches.map((s) => (
            <li key={s.id}>
              <Button
                type="button"
                variant="secondary"
                className="py-1"
                onClick={() => {
                  props.onPick(s);
                  setQuery("");
                }}
              >
                + {skillLabel(s, props.locale)} <span className="text-slate-600">· {s.groupLabel}</span>
              </Button>
            </li>
          ))}
        </ul>
      ) : query.trim().length >= 2 ? (
        <p className="text-sm text-slate-600">{props.text.noMatches}</p>
      ) : null}
    </div>
  );
}
