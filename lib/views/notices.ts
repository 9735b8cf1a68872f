// An in-app notice as pages see it; the text comes from the catalogues by kind.
export interface NoticeView {
  id: string;
  kind: "POSTING_APPROVED" | "POSTING_REJECTED" | "POSTING_EXPIRING" | "POSTING_EXPIRED";
  postingId: string | null;
  data: Record<string, string>;
  createdAt: string;
  read: boolean;
}
