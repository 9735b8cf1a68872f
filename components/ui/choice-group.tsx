"use client";
// A group of radio buttons or check boxes bound to react-hook-form: a fieldset
// with its legend, the group's translated error or hint, a large tap target
// per option (phones).
import type { ReactNode } from "react";
import { get, type FieldValues, type Path, type RegisterOptions, type UseFormReturn } from "react-hook-form";
import { useMessage } from "@/components/ui/use-message";

export function ChoiceGroup<T extends FieldValues, O extends FieldValues>(props: {
  form: UseFormReturn<T, unknown, O>;
  name: Path<T>;
  legend: string;
  type: "radio" | "checkbox";
  options: { value: string; label: ReactNode; hint?: ReactNode }[];
  hint?: string;
  columns?: 1 | 2 | 3;
  registerOptions?: RegisterOptions<T, Path<T>>;
}) {
  const text = useMessage();
  const id = `f-${props.name}`;
  const message = (get(props.form.formState.errors, props.name) as { message?: unknown } | undefined)?.message;
  const error = text(typeof message === "string" ? message : undefined);
  const grid = props.columns === 3 ? "sm:grid-cols-3" : props.columns === 2 ? "sm:grid-cols-2" : "";
  return (
    <fieldset aria-describedby={error ? `${id}-error` : props.hint ? `${id}-hint` : undefined} aria-invalid={error ? true : undefined}>
      <legend className="mb-2 text-sm font-medium text-slate-800">{props.legend}</legend>
      <div className={`grid gap-2 ${grid}`}>
        {props.options.map((o) => (
          <label
            key={o.value}
            className="flex cursor-pointer items-start gap-3 rounded-md border border-slate-300 bg-white px-3 py-2 text-sm has-[:checked]:border-brand-600 has-[:checked]:bg-brand-50"
          >
            <input type={props.type} value={o.value} className="mt-0.5 h-4 w-4 shrink-0" {...props.form.register(props.name, props.registerOptions)} />
            <span>
              <span className="block text-slate-900">{o.label}</span>
              {o.hint ? <span className="block text-slate-600">{o.hint}</span> : null}
            </span>
          </label>
        ))}
      </div>
      {error ? (
        <p id={`${id}-error`} className="mt-1 text-sm text-red-700">
          {error}
        </p>
      ) : props.hint ? (
        <p id={`${id}-hint`} className="mt-1 text-sm text-slate-600">
          {props.hint}
        </p>
      ) : null}
    </fieldset>
  );
}
