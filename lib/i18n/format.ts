// How a salary, a country and a language are written in each language: the
// job board, the job page, the posting preview and the generated descriptions
// share these. One formatter per language, made once: making an Intl formatter
// costs far more than using it, and a results page names a salary and a
// country on every card and every country in its filter.
import type { AppLocale } from "@/lib/i18n/config";

const perLocale = <T>(make: (locale: AppLocale) => T): Record<AppLocale, T> => ({ en: make("en"), ru: make("ru") });
const money = perLocale((locale) => new Intl.NumberFormat(locale === "ru" ? "ru-RU" : "en-US"));
const regions = perLocale((locale) => new Intl.DisplayNames([locale], { type: "region", fallback: "code" }));
const languages = perLocale((locale) => new Intl.DisplayNames([locale], { type: "language", fallback: "code" }));
const collators = perLocale((locale) => new Intl.Collator(locale));

/** Alphabetical order in the reader's language (as localeCompare, without a collator made per comparison). */
export const compareText = (a: string, b: string, locale: AppLocale) => collators[locale].compare(a, b);

export const formatMoney = (amount: number, locale: AppLocale) => money[locale].format(amount);

export const countryName = (code: string, locale: AppLocale) => regions[locale].of(code) ?? code;

export const languageName = (code: string, locale: AppLocale) => languages[locale].of(code) ?? code;

/** "80 000–120 000", "…–120 000": a range with either end open. */
export function salaryRange(salary: { from: number | null; to: number | null }, locale: AppLocale): string {
  return [salary.from, salary.to].map((v) => (v === null ? "…" : formatMoney(v, locale))).join("–");
}
