// How the board writes a place and a salary, shared by the cards and the job page.
import type { AppLocale } from "@/lib/i18n/config";

export const formatMoney = (amount: number, locale: AppLocale) => new Intl.NumberFormat(locale === "ru" ? "ru-RU" : "en-US").format(amount);

export const countryName = (code: string, locale: AppLocale) => new Intl.DisplayNames([locale], { type: "region", fallback: "code" }).of(code) ?? code;

export function salaryRange(salary: { from: number | null; to: number | null }, locale: AppLocale): string {
  return [salary.from, salary.to].map((v) => (v === null ? "…" : formatMoney(v, locale))).join("–");
}
