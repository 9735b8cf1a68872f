"use client";
// A text in one language. Left empty it is "not translated yet", and says so:
// the public pages then show the other language, and the editor shows the gap.
import { useTranslations } from "next-intl";
import { useWatch, type FieldValues, type Path, type UseFormReturn } from "react-hook-form";
import { TextAreaField, TextField } from "@/components/ui/form-fields";

export function TranslatedField<T extends FieldValues, O extends FieldValues>(props: {
  form: UseFormReturn<T, unknown, O>;
  name: Path<T>;
  label: string;
  lang: "en" | "ru";
  maxLength: number;
  multiline?: boolean;
  idPrefix?: string;
}) {
  const t = useTranslations("editor");
  const value = useWatch({ control: props.form.control, name: props.name }) as string | undefined;
  const hint = value ? undefined : t("missingTranslation");
  const common = { form: props.form, name: props.name, label: props.label, maxLength: props.maxLength, hint, idPrefix: props.idPrefix };
  return props.multiline ? <TextAreaField {...common} rows={3} /> : <TextField {...common} />;
}
