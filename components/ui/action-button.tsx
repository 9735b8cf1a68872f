"use client";
// A button that runs a server action and shows its refusal next to it; on
// success the page is refreshed. With `confirm`, a second, explicit click is
// asked for first (focus moves to it), for actions that are hard to undo.
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useEffect, useRef, useState, useTransition, type ReactNode } from "react";
import { Button } from "@/components/ui/button";
import { useMessage } from "@/components/ui/use-message";

interface Props {
  run: () => Promise<{ ok: boolean; error?: string; fieldErrors?: Record<string, string> }>;
  children: ReactNode;
  variant?: "primary" | "secondary" | "ghost" | "danger";
  /** The question to confirm (shown with "Yes" and "Cancel"); none runs at once. */
  confirm?: string;
  confirmLabel?: string;
  ariaLabel?: string;
  disabled?: boolean;
  onDone?: () => void;
}

export function ActionButton({ run, children, variant = "secondary", confirm, confirmLabel, ariaLabel, disabled, onDone }: Props) {
  const t = useTranslations();
  const text = useMessage();
  const router = useRouter();
  const [pending, start] = useTransition();
  const [error, setError] = useState<string | null>(null);
  const [asking, setAsking] = useState(false);
  const yes = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (asking) yes.current?.focus();
  }, [asking]);

  const go = () =>
    start(async () => {
      setError(null);
      const result = await run().catch(() => ({ ok: false, error: "errors.unexpected", fieldErrors: undefined }));
      setAsking(false);
      // A button has no fields to mark: the first field's own message says more than "check the fields".
      if (!result.ok) setError(Object.values(result.fieldErrors ?? {})[0] ?? result.error ?? "errors.unexpected");
      else {
        onDone?.();
        router.refresh();
      }
    });

  return (
    <span className="inline-flex flex-wrap items-center gap-2">
      {asking ? (
        <span role="group" aria-label={confirm} className="inline-flex flex-wrap items-center gap-2 rounded-md border border-amber-300 bg-amber-50 px-2 py-1">
          <span className="text-sm text-amber-900">{confirm}</span>
          <Button ref={yes} variant={variant} className="py-1" disabled={pending} onClick={go}>
            {confirmLabel ?? t("common.actions.yes")}
          </Button>
          <Button variant="ghost" className="py-1" disabled={pending} onClick={() => setAsking(false)}>
            {t("common.actions.cancel")}
          </Button>
        </span>
      ) : (
        <Button variant={variant} className="py-1" disabled={pending || disabled} aria-label={ariaLabel} onClick={confirm ? () => setAsking(true) : go}>
          {children}
        </Button>
      )}
      {error ? (
        <span role="alert" data-tone="error" className="text-sm text-red-700">
          {text(error)}
        </span>
      ) : null}
    </span>
  );
}
