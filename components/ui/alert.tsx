import type { ReactNode } from "react";

const TONES = {
  error: "border-red-300 bg-red-50 text-red-800",
  success: "border-green-300 bg-green-50 text-green-800",
  info: "border-brand-100 bg-brand-50 text-brand-800",
} as const;

/**
 * A message box. Errors are announced to screen readers; other tones are polite
 * status. A form's own message (formMessage) can take focus after a failed submit.
 */
export function Alert({
  tone = "info",
  formMessage = false,
  children,
}: {
  tone?: keyof typeof TONES;
  formMessage?: boolean;
  children: ReactNode;
}) {
  return (
    <div
      role={tone === "error" ? "alert" : "status"}
      data-tone={tone}
      data-form-message={formMessage ? "" : undefined}
      tabIndex={formMessage ? -1 : undefined}
      className={`rounded-md border px-4 py-3 text-sm ${TONES[tone]}`}
    >
      {children}
    </div>
  );
}
