import type { ReactNode } from "react";
import { ClientMessages } from "@/components/i18n/client-messages";

export default function AccountLayout({ children }: { children: ReactNode }) {
  return <ClientMessages namespaces={["auth"]}>{children}</ClientMessages>;
}
