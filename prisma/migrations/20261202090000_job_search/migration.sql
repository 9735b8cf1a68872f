-- The public job board's search index (issue 9): one row per open posting
-- with its filters and an English + Russian text-search document.

-- CreateTable
CREATE TABLE "PostingSearch" (
    "postingId" TEXT NOT NULL,
    "publishedAt" TIMESTAMP(3) NOT NULL,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "family" "RoleFamily" NOT NULL,
    "seniority" "Seniority",
    "roleId" TEXT,
    "workMode" "WorkMode",
    "country" TEXT,
    "salaryFrom" INTEGER,
    "salaryTo" INTEGER,
    "currency" "Currency",
    "skillIds" TEXT[],
    "document" tsvector NOT NULL,

    CONSTRAINT "PostingSearch_pkey" PRIMARY KEY ("postingId")
);

-- CreateIndex
CREATE INDEX "PostingSearch_publishedAt_postingId_idx" ON "PostingSearch"("publishedAt" DESC, "postingId" DESC);

-- CreateIndex
CREATE INDEX "PostingSearch_document_idx" ON "PostingSearch" USING GIN ("document");

-- AddForeignKey
ALTER TABLE "PostingSearch" ADD CONSTRAINT "PostingSearch_postingId_fkey" FOREIGN KEY ("postingId") REFERENCES "JobPosting"("id") ON DELETE CASCADE ON UPDATE CASCADE;
