"use client";
// Glue between react-hook-form and a server action's Result: field errors land
// on their fields, anything else becomes the form's message.
import { useState } from "react";
import type { FieldValues, Path, UseFormReturn } from "react-hook-form";

export interface ServerResult {
  ok: boolean;
  error?: string;
  fieldErrors?: Record<string, string>;
}

export function useServerForm<T extends FieldValues, O extends FieldValues>(form: UseFormReturn<T, unknown, O>) {
  const [formError, setFormError] = useState<string | null>(null);

  async function submit(run: () => Promise<ServerResult>): Promise<boolean> {
    setFormError(null);
    let result: ServerResult;
    try {
      result = await run();
    } catch {
      setFormError("errors.unexpected");
      return false;
    }
    if (result.ok) return true;
    const known = Object.keys(form.getValues());
    const fields = Object.entries(result.fieldErrors ?? {});
    for (const [name, message] of fields) {
      if (known.includes(name)) form.setError(name as Path<T>, { type: "server", message });
    }
    if (fields.length === 0 || fields.some(([name]) => !known.includes(name))) {
      setFormError(result.error ?? "errors.unexpected");
    }
    return false;
  }

  return { formError, setFormError, submit };
}
