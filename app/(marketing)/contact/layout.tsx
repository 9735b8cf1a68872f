import type { ReactNode } from "react";
import { ClientMessages } from "@/components/i18n/client-messages";

export default function ContactLayout({ children }: { children: ReactNode }) {
  return <ClientMessages namespaces={["contact"]}>{children}</ClientMessages>;
}
