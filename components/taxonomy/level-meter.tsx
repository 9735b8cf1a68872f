import { getTranslations } from "next-intl/server";

export const MAX_LEVEL = 5;

/** A skill level from 1 to 5: five dots for the eye, "Level 3 of 5" as text for everyone. */
export async function LevelMeter({ level }: { level: number }) {
  const t = await getTranslations("roles");
  const clamped = Math.max(0, Math.min(MAX_LEVEL, Math.round(level)));
  return (
    <span className="inline-flex flex-wrap items-center gap-2">
      <span aria-hidden="true" className="inline-flex gap-1">
        {Array.from({ length: MAX_LEVEL }, (_, i) => (
          <span
            key={i}
            className={`h-2.5 w-2.5 rounded-full ${i < clamped ? "bg-brand-700" : "border border-slate-500 bg-white"}`}
          />
        ))}
      </span>
      <span className="text-sm whitespace-nowrap text-slate-700">{t("level", { level: clamped, max: MAX_LEVEL })}</span>
    </span>
  );
}
