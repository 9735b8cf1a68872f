-- The admins' taxonomy editor: status and versions on every editable item,
-- positions for ordering, the family KPIs and channels, the audit log,
-- published versions, and the leads of the contact form.

-- RenameEnum: the status now applies to groups and roles too.
ALTER TYPE "SkillStatus" RENAME TO "TaxonomyStatus";

-- CreateEnum
CREATE TYPE "ReuseLevel" AS ENUM ('TRANSVERSAL', 'CROSS_SECTOR', 'SECTOR_SPECIFIC', 'OCCUPATION_SPECIFIC');

-- CreateEnum
CREATE TYPE "TaxonomyEntity" AS ENUM ('GROUP', 'SKILL', 'ROLE', 'REQUIREMENT', 'EDGE', 'FAMILY', 'TAXONOMY');

-- CreateEnum
CREATE TYPE "TaxonomyAction" AS ENUM ('CREATE', 'UPDATE', 'DEPRECATE', 'RESTORE', 'DELETE', 'MERGE', 'REORDER', 'REVERT', 'IMPORT', 'PUBLISH');

-- CreateEnum
CREATE TYPE "LeadNeed" AS ENUM ('SMM', 'COMMUNITY', 'NOT_SURE');

-- CreateEnum
CREATE TYPE "LeadStatus" AS ENUM ('NEW', 'CONTACTED', 'CLOSED');

-- AlterTable
ALTER TABLE "SkillGroup" ADD COLUMN "status" "TaxonomyStatus" NOT NULL DEFAULT 'ACTIVE',
ADD COLUMN "version" INTEGER NOT NULL DEFAULT 1,
ADD COLUMN "updatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP;
-- The default only fills the rows that exist; Prisma sets updatedAt itself from now on.
ALTER TABLE "SkillGroup" ALTER COLUMN "updatedAt" DROP DEFAULT;

-- AlterTable
ALTER TABLE "Skill" ADD COLUMN "reuseLevel" "ReuseLevel",
ADD COLUMN "escoHintUri" TEXT,
ADD COLUMN "position" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN "version" INTEGER NOT NULL DEFAULT 1;

-- AlterTable
ALTER TABLE "Role" ADD COLUMN "status" "TaxonomyStatus" NOT NULL DEFAULT 'ACTIVE',
ADD COLUMN "position" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN "version" INTEGER NOT NULL DEFAULT 1;

-- AlterTable
ALTER TABLE "RoleRequirement" ADD COLUMN "position" INTEGER NOT NULL DEFAULT 0;

-- AlterTable
ALTER TABLE "GrowthEdge" ADD COLUMN "version" INTEGER NOT NULL DEFAULT 1;

-- CreateTable
CREATE TABLE "RoleFamilyProfile" (
    "family" "RoleFamily" NOT NULL,
    "kpisEn" TEXT[],
    "kpisRu" TEXT[],
    "channelsEn" TEXT[],
    "channelsRu" TEXT[],
    "version" INTEGER NOT NULL DEFAULT 1,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "RoleFamilyProfile_pkey" PRIMARY KEY ("family")
);

-- CreateTable
CREATE TABLE "TaxonomyChange" (
    "id" TEXT NOT NULL,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "actorId" TEXT,
    "actorName" TEXT NOT NULL,
    "entity" "TaxonomyEntity" NOT NULL,
    "entityKey" TEXT NOT NULL,
    "label" TEXT NOT NULL,
    "action" "TaxonomyAction" NOT NULL,
    "before" JSONB,
    "after" JSONB,
    "revertOf" TEXT,

    CONSTRAINT "TaxonomyChange_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TaxonomyVersion" (
    "id" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "note" TEXT NOT NULL,
    "publishedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "publishedById" TEXT,
    "publishedByName" TEXT NOT NULL,
    "snapshot" JSONB NOT NULL,

    CONSTRAINT "TaxonomyVersion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Lead" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "company" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "need" "LeadNeed" NOT NULL,
    "message" TEXT,
    "locale" "Locale" NOT NULL DEFAULT 'en',
    "status" "LeadStatus" NOT NULL DEFAULT 'NEW',
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Lead_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "TaxonomyChange_entity_entityKey_at_idx" ON "TaxonomyChange"("entity", "entityKey", "at");

-- CreateIndex
CREATE INDEX "TaxonomyChange_at_idx" ON "TaxonomyChange"("at");

-- CreateIndex
CREATE UNIQUE INDEX "TaxonomyVersion_number_key" ON "TaxonomyVersion"("number");

-- CreateIndex
CREATE INDEX "Lead_status_createdAt_idx" ON "Lead"("status", "createdAt");
