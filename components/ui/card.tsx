import type { ReactNode } from "react";

export function Card({ children, className = "" }: { children: ReactNode; className?: string }) {
  return <section className={`rounded-lg border border-slate-200 bg-white p-6 shadow-sm ${className}`}>{children}</section>;
}

export function PageHeader({ title, lead, children }: { title: string; lead?: string; children?: ReactNode }) {
  return (
    <header className="mb-8 flex flex-wrap items-end justify-between gap-4">
      <div className="max-w-3xl">
        <h1 className="text-3xl font-semibold tracking-tight text-slate-900">{title}</h1>
        {lead ? <p className="mt-2 text-base text-slate-700">{lead}</p> : null}
      </div>
      {children}
    </header>
  );
}

export function Badge({ children, tone = "slate" }: { children: ReactNode; tone?: "slate" | "brand" | "amber" | "green" }) {
  const tones = {
    slate: "bg-slate-100 text-slate-800",
    brand: "bg-brand-50 text-brand-800",
    amber: "bg-amber-100 text-amber-900",
    green: "bg-green-100 text-green-900",
  };
  return <span className={`inline-flex items-center rounded px-2 py-0.5 text-xs font-medium ${tones[tone]}`}>{children}</span>;
}
