import Link from "next/link";

interface PaginationProps {
  page: number;
  pageCount: number;
  /** The address of page n. */
  hrefOf: (page: number) => string;
  labels: { nav: string; previous: string; next: string; page: (n: number) => string };
}

/** Previous / numbered / next links (no JavaScript needed); a window of pages around the current one. */
export function Pagination({ page, pageCount, hrefOf, labels }: PaginationProps) {
  if (pageCount <= 1) return null;
  const around = [1, page - 2, page - 1, page, page + 1, page + 2, pageCount].filter((n, i, all) => n >= 1 && n <= pageCount && all.indexOf(n) === i);
  around.sort((a, b) => a - b);
  const box = "inline-flex min-w-10 items-center justify-center rounded-md border px-3 py-2 text-sm";
  const link = `${box} border-slate-300 bg-white text-slate-800 hover:bg-slate-100`;
  return (
    <nav aria-label={labels.nav} className="mt-8">
      <ul className="flex flex-wrap items-center gap-2">
        {page > 1 ? (
          <li>
            <Link href={hrefOf(page - 1)} prefetch={false} className={link} rel="prev">
              {labels.previous}
            </Link>
          </li>
        ) : null}
        {around.map((n, i) => (
          <li key={n} className="flex items-center gap-2">
            {i > 0 && n - around[i - 1]! > 1 ? <span aria-hidden="true" className="text-slate-500">…</span> : null}
            {n === page ? (
              <span aria-current="page" aria-label={labels.page(n)} className={`${box} border-brand-700 bg-brand-700 font-semibold text-white`}>
                {n}
              </span>
            ) : (
              <Link href={hrefOf(n)} prefetch={false} aria-label={labels.page(n)} className={link}>
                {n}
              </Link>
            )}
          </li>
        ))}
        {page < pageCount ? (
          <li>
            <Link href={hrefOf(page + 1)} prefetch={false} className={link} rel="next">
              {labels.next}
            </Link>
          </li>
        ) : null}
      </ul>
    </nav>
  );
}
