// What a server action or data function answers: a value, or an error the form
// shows. Messages are catalogue keys under "errors.", optionally packed with
// values for their placeholders (lib/i18n/message.ts).
import type { z } from "zod";
import { isErrorKey, unpackMessage } from "@/lib/i18n/message";

export type FieldErrors = Record<string, string>;
export type Failure = { ok: false; error: string; fieldErrors?: FieldErrors };
export type Result<T = null> = { ok: true; value: T } | Failure;

export const ok = <T>(value: T): { ok: true; value: T } => ({ ok: true, value });
export const fail = (error: string, fieldErrors?: FieldErrors): Failure =>
  fieldErrors ? { ok: false, error, fieldErrors } : { ok: false, error };

/** A message a reader may see: a catalogue key, never a raw library text. */
export function readableMessage(text: string): string {
  return isErrorKey(unpackMessage(text).key) ? text : "errors.invalidValue";
}

/** The first message per field of a failed zod parse, as a Result. */
export function invalidInput(error: z.ZodError): Failure & { fieldErrors: FieldErrors } {
  const fieldErrors: FieldErrors = {};
  for (const issue of error.issues) {
    const key = issue.path.map(String).join(".") || "_form";
    fieldErrors[key] ??= readableMessage(issue.message);
  }
  return { ok: false, error: "errors.invalidInput", fieldErrors };
}
