// Loads a language's catalogue: one JSON file per namespace.
import { NAMESPACES, type AppLocale } from "@/lib/i18n/config";

export type Messages = Record<string, unknown>;

export async function loadMessages(locale: AppLocale): Promise<Messages> {
  const parts = await Promise.all(
    NAMESPACES.map(async (ns) => [ns, (await import(`./messages/${locale}/${ns}.json`)).default] as const),
  );
  return Object.fromEntries(parts);
}
