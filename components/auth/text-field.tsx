"use client";
// A labelled input bound to react-hook-form, with its translated error.
import { useTranslations } from "next-intl";
import type { FieldValues, Path, UseFormReturn } from "react-hook-form";
import { describedBy, Field, Input } from "@/components/ui/field";

interface Props<T extends FieldValues, O extends FieldValues> {
  form: UseFormReturn<T, unknown, O>;
  name: Path<T>;
  label: string;
  type?: string;
  autoComplete?: string;
  hint?: string;
  idPrefix?: string;
}

export function TextField<T extends FieldValues, O extends FieldValues>({
  form,
  name,
  label,
  type = "text",
  autoComplete,
  hint,
  idPrefix = "f",
}: Props<T, O>) {
  const t = useTranslations();
  const id = `${idPrefix}-${name}`;
  const message = form.formState.errors[name]?.message;
  const error = typeof message === "string" ? t(message) : undefined;
  return (
    <Field id={id} label={label} error={error} hint={hint}>
      <Input
        id={id}
        type={type}
        autoComplete={autoComplete}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, error, hint)}
        {...form.register(name)}
      />
    </Field>
  );
}
