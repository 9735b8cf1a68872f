"use client";
// Import: choose a file (or paste its text), see what it would do (adds,
// changes, conflicts with edits made in the app) or what is wrong with it,
// line by line; then apply exactly that, or nothing.
import { useFormatter, useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useRef, useState, useTransition } from "react";
import { fieldName } from "@/components/taxonomy-editor/field-name";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Badge } from "@/components/ui/card";
import { Field, Select, Textarea } from "@/components/ui/field";
import { useMessage } from "@/components/ui/use-message";
import { applyTaxonomyImportAction } from "@/lib/actions/taxonomy/apply-taxonomy-import";
import { previewTaxonomyImportAction } from "@/lib/actions/taxonomy/preview-taxonomy-import";
import type { ImportPreview } from "@/lib/views/taxonomy-editor";
import { IMPORT_FILE_FORMATS } from "@/lib/validations/taxonomy-editor";

type Format = (typeof IMPORT_FILE_FORMATS)[number];
const MAX_BYTES = 1_900_000;

export function ImportPanel() {
  const t = useTranslations("editor.transfer");
  const th = useTranslations("editor.history");
  const te = useTranslations("editor");
  const formatter = useFormatter();
  const text = useMessage();
  const router = useRouter();
  const [format, setFormat] = useState<Format>("json");
  const [content, setContent] = useState("");
  const [preview, setPreview] = useState<ImportPreview | null>(null);
  const [applied, setApplied] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [pending, start] = useTransition();
  const result = useRef<HTMLDivElement>(null);

  const show = (next: ImportPreview | null, failure: string | null) => {
    setPreview(next);
    setError(failure);
    requestAnimationFrame(() => result.current?.focus());
  };

  const onFile = async (file: File | undefined) => {
    setApplied(false);
    setPreview(null);
    if (!file) return;
    if (file.size > MAX_BYTES) return show(null, "errors.fileTooLarge");
    setContent(await file.text());
    if (file.name.endsWith(".csv") && format === "json") setFormat("skills-csv");
  };

  const run = (apply: boolean) =>
    start(async () => {
      setApplied(false);
      const hash = preview?.kind === "plan" ? preview.plan.hash : "";
      const answer = await (apply ? applyTaxonomyImportAction({ format, text: content, hash }) : previewTaxonomyImportAction({ format, text: content })).catch(() => ({
        ok: false as const,
        error: "errors.unexpected",
      }));
      if (!answer.ok) return show(null, "fieldErrors" in answer && answer.fieldErrors ? Object.values(answer.fieldErrors)[0]! : answer.error);
      show(answer.value, null);
      if (apply && answer.value.kind === "plan") {
        setApplied(true);
        router.refresh();
      }
    });

  const plan = preview?.kind === "plan" ? preview.plan : null;
  const items = (title: string, list: { entity: string; key: string; label: string; fields?: string[]; editedBy?: { by: string; at: string } }[]) =>
    list.length > 0 ? (
      <section>
        <h3 className="mb-1 font-semibold">{t(title, { count: list.length })}</h3>
        <ul className="max-h-64 space-y-1 overflow-y-auto text-sm">
          {list.map((i) => (
            <li key={`${i.entity}:${i.key}`} className="break-words">
              {th(`entity.${i.entity}`)}: {i.label}
              {i.fields ? <span className="text-slate-600"> ({i.fields.map((f) => fieldName(te, f)).join(", ")})</span> : null}
              {i.editedBy ? <span className="text-amber-900"> — {t("editedBy", { name: i.editedBy.by, at: formatter.dateTime(new Date(i.editedBy.at), { dateStyle: "medium", timeStyle: "short" }) })}</span> : null}
            </li>
          ))}
        </ul>
      </section>
    ) : null;

  return (
    <div className="space-y-4">
      <div className="grid gap-3 md:grid-cols-2">
        <Field id="import-format" label={t("format")}>
          <Select id="import-format" value={format} onChange={(e) => (setFormat(e.target.value as Format), setPreview(null))}>
            {IMPORT_FILE_FORMATS.map((f) => (
              <option key={f} value={f}>
                {t(`formats.${f}`)}
              </option>
            ))}
          </Select>
        </Field>
        <Field id="import-file" label={t("file")} hint={t("fileHint")}>
          <input id="import-file" type="file" accept=".json,.csv,application/json,text/csv" onChange={(e) => void onFile(e.target.files?.[0])} className="block w-full text-sm" aria-describedby="import-file-hint" />
        </Field>
      </div>
      <Field id="import-text" label={t("text")}>
        <Textarea id="import-text" rows={6} value={content} onChange={(e) => (setContent(e.target.value), setPreview(null))} spellCheck={false} className="font-mono text-xs" />
      </Field>
      <div className="flex flex-wrap gap-2">
        <Button variant="secondary" disabled={pending || !content} onClick={() => run(false)}>
          {t("preview")}
        </Button>
        <Button disabled={pending || !plan || plan.adds.length + plan.changes.length + plan.conflicts.length === 0} onClick={() => run(true)}>
          {t("apply")}
        </Button>
      </div>
      <div ref={result} tabIndex={-1} className="space-y-3 outline-none">
        {error ? <Alert tone="error">{text(error)}</Alert> : null}
        {applied ? <Alert tone="success">{t("applied")}</Alert> : null}
        {preview?.kind === "errors" ? (
          <Alert tone="error">
            <p className="font-semibold">{t("errors", { count: preview.errors.length })}</p>
            <ul className="mt-2 space-y-1">
              {preview.errors.map((e, i) => (
                <li key={i}>
                  {t("line", { line: e.line })}
                  {e.column ? <code className="mx-1">{e.column}</code> : null}: {text(e.message)}
                </li>
              ))}
            </ul>
          </Alert>
        ) : null}
        {plan && !applied ? (
          <div className="space-y-3 rounded-md border border-slate-200 bg-white p-4">
            <p className="text-sm">
              <Badge tone="brand">{t("summary", { adds: plan.adds.length, changes: plan.changes.length, conflicts: plan.conflicts.length, unchanged: plan.unchanged, kept: plan.kept })}</Badge>
            </p>
            {items("adds", plan.adds)}
            {items("changes", plan.changes)}
            {items("conflicts", plan.conflicts)}
            {plan.conflicts.length > 0 ? <p className="text-sm text-amber-900">{t("conflictsNote")}</p> : null}
          </div>
        ) : null}
      </div>
    </div>
  );
}
