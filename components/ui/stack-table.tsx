import type { ReactNode } from "react";

// A table that is a table on wide screens and a stack of cards on phones: each
// row becomes a card and each cell shows its column's name above its value, so
// nothing is cut off and the page never scrolls sideways. For lists of a few
// columns that people read or act on (users, skills, growth paths).

export function StackTable({ caption, labelledBy, children }: { caption?: string; labelledBy?: string; children: ReactNode }) {
  return (
    <table
      aria-labelledby={labelledBy}
      className="block w-full border-collapse text-left text-sm md:table md:rounded-lg md:border md:border-slate-200 md:bg-white md:shadow-sm"
    >
      {caption ? <caption className="sr-only">{caption}</caption> : null}
      {children}
    </table>
  );
}

export function StackHead({ columns }: { columns: string[] }) {
  return (
    <thead className="hidden border-b border-slate-200 bg-slate-50 text-slate-800 md:table-header-group">
      <tr>
        {columns.map((c) => (
          <th key={c} scope="col" className="px-4 py-3 font-semibold">
            {c}
          </th>
        ))}
      </tr>
    </thead>
  );
}

export function StackBody({ children }: { children: ReactNode }) {
  return <tbody className="block space-y-3 md:table-row-group md:space-y-0 md:divide-y md:divide-slate-200">{children}</tbody>;
}

export function StackRow({ children }: { children: ReactNode }) {
  return (
    <tr className="block rounded-lg border border-slate-200 bg-white p-4 shadow-sm md:table-row md:rounded-none md:border-0 md:p-0 md:align-top md:shadow-none">
      {children}
    </tr>
  );
}

/**
 * A cell. `label` (its column's name) is shown above the value on phones only;
 * a row's heading cell (`rowHeader`) is the card's title there and needs none.
 */
export function StackCell({ label, rowHeader = false, children }: { label?: string; rowHeader?: boolean; children: ReactNode }) {
  const content = (
    <>
      {label && !rowHeader ? <span className="block text-xs font-medium text-slate-600 md:hidden">{label}</span> : null}
      <span className="block min-w-0 break-words">{children}</span>
    </>
  );
  return rowHeader ? (
    <th scope="row" className="block pb-1.5 text-base font-semibold text-slate-900 md:table-cell md:px-4 md:py-3 md:text-sm">
      {content}
    </th>
  ) : (
    <td className="block py-1.5 md:table-cell md:px-4 md:py-3">{content}</td>
  );
}
