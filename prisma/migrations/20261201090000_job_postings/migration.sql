-- Job postings (issue 8): the wizard's drafts, moderation and the lifecycle,
-- the postings' skills and screening questions, their history, in-app notices
-- and the owners' invitations of recruiters.

-- CreateEnum
CREATE TYPE "PostingStatus" AS ENUM ('DRAFT', 'SUBMITTED', 'REJECTED', 'PUBLISHED', 'CLOSED', 'EXPIRED');

-- CreateEnum
CREATE TYPE "EmploymentType" AS ENUM ('FULL_TIME', 'PART_TIME', 'CONTRACT', 'INTERNSHIP', 'TEMPORARY');

-- CreateEnum
CREATE TYPE "WorkMode" AS ENUM ('REMOTE', 'HYBRID', 'ON_SITE');

-- CreateEnum
CREATE TYPE "Currency" AS ENUM ('RUB', 'USD', 'EUR', 'KZT');

-- CreateEnum
CREATE TYPE "QuestionKind" AS ENUM ('YES_NO', 'TEXT');

-- CreateEnum
CREATE TYPE "NoticeKind" AS ENUM ('POSTING_APPROVED', 'POSTING_REJECTED', 'POSTING_EXPIRING', 'POSTING_EXPIRED');

-- CreateTable
CREATE TABLE "JobPosting" (
    "id" TEXT NOT NULL,
    "companyId" TEXT NOT NULL,
    "createdById" TEXT,
    "editedByName" TEXT,
    "status" "PostingStatus" NOT NULL DEFAULT 'DRAFT',
    "stepReached" INTEGER NOT NULL DEFAULT 0,
    "advisor" JSONB,
    "family" "RoleFamily",
    "roleId" TEXT,
    "titleEn" TEXT NOT NULL DEFAULT '',
    "titleRu" TEXT NOT NULL DEFAULT '',
    "responsibilitiesEn" TEXT[],
    "responsibilitiesRu" TEXT[],
    "kpisEn" TEXT[],
    "kpisRu" TEXT[],
    "channelsEn" TEXT[],
    "channelsRu" TEXT[],
    "employmentType" "EmploymentType",
    "workMode" "WorkMode",
    "country" TEXT,
    "city" TEXT,
    "salaryFrom" INTEGER,
    "salaryTo" INTEGER,
    "currency" "Currency",
    "salaryHidden" BOOLEAN NOT NULL DEFAULT false,
    "languages" JSONB NOT NULL DEFAULT '[]',
    "startDate" DATE,
    "validDays" INTEGER NOT NULL DEFAULT 30,
    "descriptionEn" TEXT NOT NULL DEFAULT '',
    "descriptionRu" TEXT NOT NULL DEFAULT '',
    "taxonomyVersion" INTEGER,
    "duplicateOfId" TEXT,
    "rejectionReason" TEXT,
    "submittedAt" TIMESTAMP(3),
    "publishedAt" TIMESTAMP(3),
    "expiresAt" TIMESTAMP(3),
    "reminderSentAt" TIMESTAMP(3),
    "closedAt" TIMESTAMP(3),
    "viewCount" INTEGER NOT NULL DEFAULT 0,
    "applicationCount" INTEGER NOT NULL DEFAULT 0,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "JobPosting_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PostingSkill" (
    "postingId" TEXT NOT NULL,
    "skillId" TEXT NOT NULL,
    "mustHave" BOOLEAN NOT NULL,
    "level" INTEGER NOT NULL,
    "position" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "PostingSkill_pkey" PRIMARY KEY ("postingId","skillId")
);

-- CreateTable
CREATE TABLE "PostingQuestion" (
    "id" TEXT NOT NULL,
    "postingId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "kind" "QuestionKind" NOT NULL,
    "textEn" TEXT NOT NULL,
    "textRu" TEXT NOT NULL,
    "knockout" BOOLEAN NOT NULL DEFAULT false,
    "expectedYes" BOOLEAN,

    CONSTRAINT "PostingQuestion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PostingEvent" (
    "id" TEXT NOT NULL,
    "postingId" TEXT NOT NULL,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "actorId" TEXT,
    "actorName" TEXT NOT NULL,
    "from" "PostingStatus",
    "to" "PostingStatus" NOT NULL,
    "note" TEXT,

    CONSTRAINT "PostingEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Notice" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "kind" "NoticeKind" NOT NULL,
    "postingId" TEXT,
    "data" JSONB NOT NULL DEFAULT '{}',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "readAt" TIMESTAMP(3),

    CONSTRAINT "Notice_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CompanyInvite" (
    "id" TEXT NOT NULL,
    "companyId" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "invitedById" TEXT,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "acceptedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CompanyInvite_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "JobPosting_companyId_status_idx" ON "JobPosting"("companyId", "status");

-- CreateIndex
CREATE INDEX "JobPosting_status_expiresAt_idx" ON "JobPosting"("status", "expiresAt");

-- CreateIndex
CREATE INDEX "PostingSkill_skillId_idx" ON "PostingSkill"("skillId");

-- CreateIndex
CREATE INDEX "PostingQuestion_postingId_position_idx" ON "PostingQuestion"("postingId", "position");

-- CreateIndex
CREATE INDEX "PostingEvent_postingId_at_idx" ON "PostingEvent"("postingId", "at");

-- CreateIndex
CREATE INDEX "Notice_userId_createdAt_idx" ON "Notice"("userId", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "CompanyInvite_tokenHash_key" ON "CompanyInvite"("tokenHash");

-- CreateIndex
CREATE INDEX "CompanyInvite_companyId_idx" ON "CompanyInvite"("companyId");

-- AddForeignKey
ALTER TABLE "JobPosting" ADD CONSTRAINT "JobPosting_companyId_fkey" FOREIGN KEY ("companyId") REFERENCES "Company"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "JobPosting" ADD CONSTRAINT "JobPosting_roleId_fkey" FOREIGN KEY ("roleId") REFERENCES "Role"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PostingSkill" ADD CONSTRAINT "PostingSkill_postingId_fkey" FOREIGN KEY ("postingId") REFERENCES "JobPosting"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PostingSkill" ADD CONSTRAINT "PostingSkill_skillId_fkey" FOREIGN KEY ("skillId") REFERENCES "Skill"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PostingQuestion" ADD CONSTRAINT "PostingQuestion_postingId_fkey" FOREIGN KEY ("postingId") REFERENCES "JobPosting"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PostingEvent" ADD CONSTRAINT "PostingEvent_postingId_fkey" FOREIGN KEY ("postingId") REFERENCES "JobPosting"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Notice" ADD CONSTRAINT "Notice_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CompanyInvite" ADD CONSTRAINT "CompanyInvite_companyId_fkey" FOREIGN KEY ("companyId") REFERENCES "Company"("id") ON DELETE CASCADE ON UPDATE CASCADE;
