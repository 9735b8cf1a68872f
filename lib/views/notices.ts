// An in-app notice as pages see it; the text comes from the catalogues by kind.
import type { NoticeKind } from "@/lib/views/vocabulary";

export interface NoticeView {
  id: string;
  kind: NoticeKind;
  postingId: string | null;
  data: Record<string, string>;
  createdAt: string;
  read: boolean;
}
