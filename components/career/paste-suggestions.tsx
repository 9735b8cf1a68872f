"use client";
// Paste a CV or an "about me": the server finds the taxonomy's skills and
// roles in it (word forms included) and lists them; the candidate ticks the
// ones that are true and adds them to the form, which still has to be saved.
import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import { Textarea } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { suggestBackgroundAction } from "@/lib/actions/career/suggest-background";
import { BACKGROUND_LIMITS } from "@/lib/validations/career";
import type { SuggestionsView } from "@/lib/views/career";

export function PasteSuggestions({ onAdd }: { onAdd: (picked: { skills: string[]; roles: string[] }) => void }) {
  const t = useTranslations("career.background.paste");
  const [text, setText] = useState("");
  const [found, setFound] = useState<SuggestionsView | null>(null);
  const [picked, setPicked] = useState<Set<string>>(new Set());
  const [error, setError] = useState<string | null>(null);
  const [pending, start] = useTransition();

  const find = () =>
    start(async () => {
      setError(null);
      const result = await suggestBackgroundAction({ mode: "text", text }).catch(() => ({ ok: false as const, error: "errors.unexpected" }));
      if (!result.ok) return setError(result.error);
      setFound(result.value);
      setPicked(new Set());
    });
  const toggle = (id: string) => setPicked((p) => new Set(p.has(id) ? [...p].filter((x) => x !== id) : [...p, id]));
  const items = found ? [...found.roles.map((r) => ({ ...r, kind: "role" as const })), ...found.skills.map((s) => ({ ...s, kind: "skill" as const }))] : [];

  return (
    <div className="space-y-3">
      <label htmlFor="paste-text" className="block text-sm font-medium text-slate-800">
        {t("label")}
      </label>
      <Textarea id="paste-text" rows={5} maxLength={BACKGROUND_LIMITS.pastedText} value={text} onChange={(e) => setText(e.target.value)} aria-describedby="paste-hint" />
      <p id="paste-hint" className="text-sm text-slate-600">
        {t("hint")}
      </p>
      <FormMessage message={error} />
      <Button type="button" variant="secondary" disabled={pending || text.trim().length === 0} onClick={find}>
        {pending ? t("finding") : t("find")}
      </Button>
      {found ? (
        items.length === 0 ? (
          <p className="text-sm text-slate-700" role="status">
            {t("none")}
          </p>
        ) : (
          <fieldset className="space-y-2 rounded-md border border-slate-200 p-3">
            <legend className="px-1 text-sm font-medium text-slate-800">{t("found", { count: items.length })}</legend>
            <ul className="flex flex-wrap gap-x-4 gap-y-2">
              {items.map((item) => (
                <li key={item.id}>
                  <label className="flex items-center gap-2 text-sm">
                    <input type="checkbox" className="h-4 w-4" checked={picked.has(item.id)} onChange={() => toggle(item.id)} />
                    {item.label} <span className="text-slate-600">· {t(item.kind)}</span>
                  </label>
                </li>
              ))}
            </ul>
            <Button
              type="button"
              disabled={picked.size === 0}
              onClick={() => {
                onAdd({ skills: found.skills.filter((s) => picked.has(s.id)).map((s) => s.id), roles: found.roles.filter((r) => picked.has(r.id)).map((r) => r.id) });
                setFound(null);
                setText("");
              }}
            >
              {t("add", { count: picked.size })}
            </Button>
          </fieldset>
        )
      ) : null}
    </div>
  );
}
