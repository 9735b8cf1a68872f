import type { ReactNode } from "react";
import { ClientMessages } from "@/components/i18n/client-messages";

export default function CandidateLayout({ children }: { children: ReactNode }) {
  return <ClientMessages namespaces={["profile", "career", "applications"]}>{children}</ClientMessages>;
}
