import type { ReactNode } from "react";

/**
 * A bordered frame around a wide table. On narrow screens the table scrolls
 * sideways; the frame is then a named, focusable region so keyboard users can scroll it too.
 */
export function TableFrame({ label, labelledBy, children }: { label?: string; labelledBy?: string; children: ReactNode }) {
  return (
    <div
      role="region"
      aria-label={labelledBy ? undefined : label}
      aria-labelledby={labelledBy}
      tabIndex={0}
      className="overflow-x-auto rounded-lg border border-slate-200 bg-white shadow-sm"
    >
      {children}
    </div>
  );
}
