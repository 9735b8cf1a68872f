// Pure rules about the taxonomy that pages and later the matcher share.
export type Localized = { en: string; ru: string };
export type LocaleCode = "en" | "ru";

export const FAMILY_ORDER = ["SMM", "COMMUNITY", "ADJACENT", "FEEDER"] as const;
export const SENIORITY_ORDER = ["JUNIOR", "MIDDLE", "SENIOR", "LEAD", "HEAD"] as const;

const suffix = (locale: LocaleCode) => (locale === "ru" ? "Ru" : "En");
const other = (locale: LocaleCode): LocaleCode => (locale === "ru" ? "en" : "ru");

/**
 * A text in the reader's language. Where an admin has not translated it yet,
 * the other language's text stands in (the admin's editor shows it as missing).
 */
export function pick<T extends Record<string, unknown>>(row: T, field: string, locale: LocaleCode): string {
  return String(row[`${field}${suffix(locale)}`] || row[`${field}${suffix(other(locale))}`] || "");
}

export function pickList<T extends Record<string, unknown>>(row: T, field: string, locale: LocaleCode): string[] {
  const own = (row[`${field}${suffix(locale)}`] as string[] | undefined) ?? [];
  return own.length > 0 ? own : ((row[`${field}${suffix(other(locale))}`] as string[] | undefined) ?? []);
}

/** Essential requirements first, then by level (highest first), then by label. */
export function compareRequirements(
  a: { importance: "ESSENTIAL" | "OPTIONAL"; minLevel: number; label: string },
  b: { importance: "ESSENTIAL" | "OPTIONAL"; minLevel: number; label: string },
): number {
  if (a.importance !== b.importance) return a.importance === "ESSENTIAL" ? -1 : 1;
  if (a.minLevel !== b.minLevel) return b.minLevel - a.minLevel;
  return a.label.localeCompare(b.label);
}

/**
 * A role's most demanding requirements, chosen the same way in every language:
 * essential first, then by level, then by the skill's slug (a label would
 * order differently in English and in Russian and pick other skills).
 */
export function topRequirements<T extends { importance: "ESSENTIAL" | "OPTIONAL"; minLevel: number; slug: string }>(
  requirements: T[],
  count: number,
): T[] {
  return [...requirements]
    .filter((r) => r.importance === "ESSENTIAL")
    .sort((a, b) => b.minLevel - a.minLevel || (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0))
    .slice(0, count);
}

/** Roles in reading order: by family, then seniority, then label. */
export function compareRoles(
  a: { family: string; seniority: string; label: string },
  b: { family: string; seniority: string; label: string },
): number {
  const f = FAMILY_ORDER.indexOf(a.family as never) - FAMILY_ORDER.indexOf(b.family as never);
  if (f !== 0) return f;
  const s = SENIORITY_ORDER.indexOf(a.seniority as never) - SENIORITY_ORDER.indexOf(b.seniority as never);
  if (s !== 0) return s;
  return a.label.localeCompare(b.label);
}
