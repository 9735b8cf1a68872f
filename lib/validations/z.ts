// zod, configured once for the app; schemas import z from here.
// - jitless: zod's JIT compiles parsers with `new Function`, which the
//   Content-Security-Policy (no 'unsafe-eval') forbids in the browser.
// - customError: every message zod makes by itself is a catalogue key with its
//   limit ("errors.tooLong?max=120"), so no raw library text (English only)
//   ever reaches a reader. A schema's own message still wins.
import { z } from "zod";
import { message } from "@/lib/i18n/message";

const SIZE_WORDS: Record<string, [tooSmall: string, tooBig: string]> = {
  string: ["errors.tooShort", "errors.tooLong"],
  array: ["errors.tooFew", "errors.tooMany"],
  set: ["errors.tooFew", "errors.tooMany"],
};

export function messageForIssue(issue: z.core.$ZodRawIssue): string {
  switch (issue.code) {
    case "too_big": {
      const key = SIZE_WORDS[issue.origin]?.[1] ?? "errors.tooLarge";
      return message(key, { max: Number(issue.maximum) });
    }
    case "too_small": {
      if (issue.origin === "string" && Number(issue.minimum) <= 1) return "errors.required";
      const key = SIZE_WORDS[issue.origin]?.[0] ?? "errors.tooSmall";
      return message(key, { min: Number(issue.minimum) });
    }
    case "invalid_type":
      return issue.input === undefined || issue.input === null ? "errors.required" : "errors.invalidValue";
    case "invalid_value":
    case "invalid_union":
      return "errors.invalidChoice";
    case "unrecognized_keys":
      return "errors.unknownField";
    case "invalid_format":
      return issue.format === "email" ? "errors.invalidEmail" : issue.format === "url" ? "errors.invalidUrl" : "errors.invalidValue";
    default:
      return "errors.invalidValue";
  }
}

z.config({ jitless: true, customError: messageForIssue });

export { z };
