"use client";
// Labelled controls bound to react-hook-form, each with its translated error
// (or hint) wired for screen readers, and maxLength where the schema has a limit.
import type { ReactNode } from "react";
import { get, type FieldValues, type Path, type RegisterOptions, type UseFormReturn } from "react-hook-form";
import { describedBy, Field, Input, Select, Textarea } from "@/components/ui/field";
import { useMessage } from "@/components/ui/use-message";

interface Common<T extends FieldValues, O extends FieldValues> {
  form: UseFormReturn<T, unknown, O>;
  name: Path<T>;
  label: string;
  hint?: string;
  idPrefix?: string;
  /** How the control's text becomes the form's value (e.g. "yes" → true). */
  registerOptions?: RegisterOptions<T, Path<T>>;
}

function useFieldState<T extends FieldValues, O extends FieldValues>({ form, name, hint, idPrefix = "f", registerOptions }: Common<T, O>) {
  const text = useMessage();
  const id = `${idPrefix}-${name}`;
  const message = (get(form.formState.errors, name) as { message?: unknown } | undefined)?.message;
  const error = text(typeof message === "string" ? message : undefined);
  return {
    id,
    error,
    controlProps: {
      id,
      "aria-invalid": error ? true : undefined,
      "aria-describedby": describedBy(id, error, hint),
      ...form.register(name, registerOptions),
    },
  };
}

export function TextField<T extends FieldValues, O extends FieldValues>(
  props: Common<T, O> & { type?: string; autoComplete?: string; maxLength?: number; inputMode?: "email" | "url" | "text"; readOnly?: boolean },
) {
  const { id, error, controlProps } = useFieldState(props);
  return (
    <Field id={id} label={props.label} error={error} hint={props.hint}>
      <Input
        type={props.type ?? "text"}
        autoComplete={props.autoComplete}
        maxLength={props.maxLength}
        inputMode={props.inputMode}
        readOnly={props.readOnly}
        {...controlProps}
      />
    </Field>
  );
}

export function TextAreaField<T extends FieldValues, O extends FieldValues>(props: Common<T, O> & { rows?: number; maxLength?: number }) {
  const { id, error, controlProps } = useFieldState(props);
  return (
    <Field id={id} label={props.label} error={error} hint={props.hint}>
      <Textarea rows={props.rows ?? 5} maxLength={props.maxLength} {...controlProps} />
    </Field>
  );
}

export function SelectField<T extends FieldValues, O extends FieldValues>(props: Common<T, O> & { children: ReactNode }) {
  const { id, error, controlProps } = useFieldState(props);
  return (
    <Field id={id} label={props.label} error={error} hint={props.hint}>
      <Select {...controlProps}>{props.children}</Select>
    </Field>
  );
}
