import type { ReactNode } from "react";
import { ClientMessages } from "@/components/i18n/client-messages";

export default function CompanyLayout({ children }: { children: ReactNode }) {
  return <ClientMessages namespaces={["company", "postings", "applications"]}>{children}</ClientMessages>;
}
