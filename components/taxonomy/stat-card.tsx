/** One number with its label, for a <dl> grid of counts. */
export function StatCard({ label, value }: { label: string; value: number }) {
  return (
    <div className="flex flex-col-reverse rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
      <dt className="mt-1 text-sm text-slate-700">{label}</dt>
      <dd className="text-3xl font-semibold tracking-tight text-slate-900 tabular-nums">{value}</dd>
    </div>
  );
}

/** A responsive grid of StatCards, as a description list. */
export function StatGrid({ stats }: { stats: { key: string; label: string; value: number }[] }) {
  return (
    <dl className="grid grid-cols-2 gap-4 sm:grid-cols-3 lg:grid-cols-6">
      {stats.map((s) => (
        <StatCard key={s.key} label={s.label} value={s.value} />
      ))}
    </dl>
  );
}
