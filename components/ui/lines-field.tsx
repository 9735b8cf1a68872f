"use client";
// A list of short texts edited as lines of a text area (one item per line):
// the form's value is the list, which the shared schema checks.
import { useTranslations } from "next-intl";
import { useController, type FieldValues, type Path, type UseFormReturn } from "react-hook-form";
import { describedBy, Field, Textarea } from "@/components/ui/field";
import { useMessage } from "@/components/ui/use-message";

export function LinesField<T extends FieldValues, O extends FieldValues>(props: {
  form: UseFormReturn<T, unknown, O>;
  name: Path<T>;
  label: string;
  rows?: number;
  lang?: "en" | "ru";
  idPrefix?: string;
  /** What an empty list in one language means here (default: "not translated yet"). */
  emptyHint?: string;
}) {
  const t = useTranslations("common.form");
  const text = useMessage();
  const {
    field: { value: raw, onChange, onBlur, ref },
    fieldState: { error: problem },
  } = useController({ control: props.form.control, name: props.name });
  const id = `${props.idPrefix ?? "f"}-${props.name}`;
  const value = (raw as string[] | undefined) ?? [];
  // The list's own message, or the first of its items' (an item too long, say).
  const itemProblem = Object.values((problem ?? {}) as Record<string, { message?: string }>).find((e) => typeof e?.message === "string");
  const error = text(problem?.message ?? itemProblem?.message);
  const hint = value.length === 0 && props.lang ? (props.emptyHint ?? t("missingTranslation")) : t("onePerLine");
  return (
    <Field id={id} label={props.label} error={error} hint={hint}>
      <Textarea
        id={id}
        lang={props.lang}
        rows={props.rows ?? 4}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, error, hint)}
        defaultValue={value.join("\n")}
        onChange={(e) => onChange(e.target.value.split("\n").map((line) => line.trim()).filter(Boolean))}
        onBlur={onBlur}
        ref={ref}
      />
    </Field>
  );
}
