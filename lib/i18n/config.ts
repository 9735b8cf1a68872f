// Languages of the interface. Every text a user reads comes from the catalogues
// in lib/i18n/messages/<locale>/<namespace>.json; both languages have the same keys.
export const LOCALES = ["en", "ru"] as const;
export type AppLocale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: AppLocale = "en";
export const LOCALE_COOKIE = "NEXT_LOCALE";
export const NAMESPACES = ["common", "errors", "auth", "home", "roles", "profile", "company", "admin", "editor", "contact", "postings", "jobs", "career", "applications"] as const;
export type Namespace = (typeof NAMESPACES)[number];

export function isLocale(value: unknown): value is AppLocale {
  return typeof value === "string" && (LOCALES as readonly string[]).includes(value);
}

/** A visitor's language: the language switch's cookie, else the browser's preference. */
export function localeOf(cookie: string | undefined, acceptLanguage: string | null): AppLocale {
  return isLocale(cookie) ? cookie : localeFromAcceptLanguage(acceptLanguage);
}

/** The best of our languages for an Accept-Language header. */
export function localeFromAcceptLanguage(header: string | null): AppLocale {
  if (!header) return DEFAULT_LOCALE;
  const ranked = header
    .split(",")
    .map((part) => {
      const [tag, ...params] = part.trim().split(";");
      const q = params.find((p) => p.trim().startsWith("q="));
      return { lang: (tag ?? "").toLowerCase().split("-")[0], q: q ? Number(q.split("=")[1]) : 1 };
    })
    .filter((x) => x.lang && !Number.isNaN(x.q))
    .sort((a, b) => b.q - a.q);
  const match = ranked.find((x) => isLocale(x.lang));
  return match && isLocale(match.lang) ? match.lang : DEFAULT_LOCALE;
}
