"use client";
import { Alert } from "@/components/ui/alert";
import { useMessage } from "@/components/ui/use-message";

/** A form's own error message (not tied to a field), focusable after a failed submit. */
export function FormMessage({ message }: { message: string | null | undefined }) {
  const text = useMessage();
  if (!message) return null;
  return (
    <Alert tone="error" formMessage>
      {text(message)}
    </Alert>
  );
}
