import { useTranslations } from "next-intl";
import { Badge } from "@/components/ui/card";
import type { PostingStatusCode } from "@/lib/domain/posting-rules";

const TONE: Record<PostingStatusCode, "slate" | "brand" | "amber" | "green"> = {
  DRAFT: "slate",
  SUBMITTED: "brand",
  REJECTED: "amber",
  PUBLISHED: "green",
  CLOSED: "slate",
  EXPIRED: "slate",
};

export function PostingStatusBadge({ status }: { status: PostingStatusCode }) {
  const t = useTranslations("postings.status");
  return <Badge tone={TONE[status]}>{t(status)}</Badge>;
}
