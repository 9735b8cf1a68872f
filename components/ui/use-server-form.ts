"use client";
// Glue between react-hook-form and a server action's Result: field errors land
// on their fields, anything else becomes the form's message. After a submit
// that fails (in the browser or on the server), focus moves to the first field
// in error, or else to the form's message, never to the page body.
import { useEffect, useRef, useState } from "react";
import type { FieldValues, Path, UseFormReturn } from "react-hook-form";

export interface ServerResult {
  ok: boolean;
  error?: string;
  fieldErrors?: Record<string, string>;
}

export function useServerForm<T extends FieldValues, O extends FieldValues>(form: UseFormReturn<T, unknown, O>) {
  const [formError, setFormError] = useState<string | null>(null);
  const [focusRequest, setFocusRequest] = useState(0);
  const formRef = useRef<HTMLFormElement>(null);

  useEffect(() => {
    if (focusRequest === 0) return;
    const root = formRef.current;
    const target = root?.querySelector<HTMLElement>('[aria-invalid="true"]') ?? root?.querySelector<HTMLElement>("[data-form-message]");
    target?.focus();
  }, [focusRequest]);

  /** Pass as handleSubmit's second argument: a submit the browser refused. */
  function onInvalid(): void {
    setFocusRequest((n) => n + 1);
  }

  async function submit(run: () => Promise<ServerResult>): Promise<boolean> {
    setFormError(null);
    let result: ServerResult;
    try {
      result = await run();
    } catch {
      result = { ok: false, error: "errors.unexpected" };
    }
    if (result.ok) return true;
    // A field error names a field of this form, or a place inside one ("questions.0.textEn").
    const known = Object.keys(form.getValues());
    const isKnown = (name: string) => known.includes(name.split(".")[0]!);
    const fields = Object.entries(result.fieldErrors ?? {});
    for (const [name, message] of fields) {
      if (isKnown(name)) form.setError(name as Path<T>, { type: "server", message });
    }
    if (fields.length === 0 || fields.some(([name]) => !isKnown(name))) {
      setFormError(result.error ?? "errors.unexpected");
    }
    setFocusRequest((n) => n + 1);
    return false;
  }

  return { formError, setFormError, submit, onInvalid, formRef };
}
