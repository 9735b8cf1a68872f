import { getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/card";
import type { RoleFamily, Seniority } from "@/lib/views/vocabulary";

const FAMILY_TONE = { SMM: "brand", COMMUNITY: "green", ADJACENT: "amber", FEEDER: "slate" } as const;

/** The role's family (SMM, community, adjacent, feeder) as a coloured badge. */
export async function FamilyBadge({ family }: { family: RoleFamily }) {
  const t = await getTranslations("roles.family.badge");
  return <Badge tone={FAMILY_TONE[family]}>{t(family)}</Badge>;
}

export async function SeniorityBadge({ seniority }: { seniority: Seniority }) {
  const t = await getTranslations("roles.seniority");
  return <Badge>{t(seniority)}</Badge>;
}
