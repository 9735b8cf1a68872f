// What a server action or data function answers: a value, or an error the form
// shows. Messages are catalogue keys under "errors.".
import type { z } from "zod";

export type FieldErrors = Record<string, string>;
export type Result<T = null> = { ok: true; value: T } | { ok: false; error: string; fieldErrors?: FieldErrors };

/** The first message per field of a failed zod parse, as a Result. */
export function invalidInput(error: z.ZodError): { ok: false; error: string; fieldErrors: FieldErrors } {
  const fieldErrors: FieldErrors = {};
  for (const issue of error.issues) {
    const key = issue.path.join(".") || "_form";
    fieldErrors[key] ??= issue.message;
  }
  return { ok: false, error: "errors.invalidInput", fieldErrors };
}
