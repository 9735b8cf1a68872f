import { getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/card";
import type { ApplicationStageCode } from "@/lib/domain/application-rules";

const TONE: Record<ApplicationStageCode, "slate" | "brand" | "amber" | "green"> = {
  NEW: "brand",
  SCREENING: "brand",
  INTERVIEW: "brand",
  OFFER: "green",
  HIRED: "green",
  REJECTED: "amber",
  WITHDRAWN: "slate",
};

export async function StageBadge({ stage }: { stage: ApplicationStageCode }) {
  const t = await getTranslations("applications.stage");
  return <Badge tone={TONE[stage]}>{t(stage)}</Badge>;
}
