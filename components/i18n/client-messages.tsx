// The texts client components read, and no more: the root layout sends the
// shared ones (header, errors), and each part of the site adds its own. The
// whole catalogue on every page would be some 27 KB of every page's HTML.
import type { ReactNode } from "react";
import { NextIntlClientProvider } from "next-intl";
import { getMessages } from "next-intl/server";
import type { Namespace } from "@/lib/i18n/config";

const SHARED: Namespace[] = ["common", "errors"];

export async function ClientMessages({ namespaces = [], children }: { namespaces?: Namespace[]; children: ReactNode }) {
  const messages = await getMessages();
  const picked = Object.fromEntries([...SHARED, ...namespaces].map((n) => [n, messages[n]]));
  return <NextIntlClientProvider messages={picked}>{children}</NextIntlClientProvider>;
}
