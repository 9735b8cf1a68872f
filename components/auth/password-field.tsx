"use client";
// A password input: the policy's length limit, and the autocomplete hint that
// lets password managers fill (current) or suggest (new) the right password.
import type { FieldValues, Path, UseFormReturn } from "react-hook-form";
import { TextField } from "@/components/ui/form-fields";
import { PASSWORD_MAX } from "@/lib/domain/password-policy";

export function PasswordField<T extends FieldValues, O extends FieldValues>(props: {
  form: UseFormReturn<T, unknown, O>;
  name: Path<T>;
  label: string;
  kind: "current" | "new";
  hint?: string;
  idPrefix?: string;
}) {
  const { kind, ...rest } = props;
  return <TextField {...rest} type="password" autoComplete={kind === "new" ? "new-password" : "current-password"} maxLength={PASSWORD_MAX} />;
}
