-- The candidate's background for the career map (issue 10): preferences on
-- the profile, past and current roles, stated skills with levels.

-- AlterTable
ALTER TABLE "CandidateProfile" ADD COLUMN "workMode" "WorkMode",
ADD COLUMN "languages" TEXT[] DEFAULT ARRAY[]::TEXT[],
ADD COLUMN "salaryFrom" INTEGER,
ADD COLUMN "currency" "Currency",
ADD COLUMN "discoverable" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN "targetRoleId" TEXT;

-- CreateTable
CREATE TABLE "CandidateRole" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "roleId" TEXT NOT NULL,
    "title" TEXT,
    "years" INTEGER NOT NULL,
    "current" BOOLEAN NOT NULL DEFAULT false,
    "position" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "CandidateRole_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CandidateSkill" (
    "userId" TEXT NOT NULL,
    "skillId" TEXT NOT NULL,
    "level" INTEGER NOT NULL,
    "evidence" TEXT,
    "position" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "CandidateSkill_pkey" PRIMARY KEY ("userId","skillId")
);

-- CreateIndex
CREATE INDEX "CandidateProfile_targetRoleId_idx" ON "CandidateProfile"("targetRoleId");

-- CreateIndex
CREATE INDEX "CandidateRole_userId_idx" ON "CandidateRole"("userId");

-- CreateIndex
CREATE INDEX "CandidateRole_roleId_idx" ON "CandidateRole"("roleId");

-- CreateIndex
CREATE INDEX "CandidateSkill_skillId_idx" ON "CandidateSkill"("skillId");

-- AddForeignKey
ALTER TABLE "CandidateProfile" ADD CONSTRAINT "CandidateProfile_targetRoleId_fkey" FOREIGN KEY ("targetRoleId") REFERENCES "Role"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CandidateRole" ADD CONSTRAINT "CandidateRole_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CandidateRole" ADD CONSTRAINT "CandidateRole_roleId_fkey" FOREIGN KEY ("roleId") REFERENCES "Role"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CandidateSkill" ADD CONSTRAINT "CandidateSkill_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CandidateSkill" ADD CONSTRAINT "CandidateSkill_skillId_fkey" FOREIGN KEY ("skillId") REFERENCES "Skill"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- The levels and years the forms allow, kept by the database too.
ALTER TABLE "CandidateSkill" ADD CONSTRAINT "CandidateSkill_level_check" CHECK ("level" BETWEEN 1 AND 5);
ALTER TABLE "CandidateRole" ADD CONSTRAINT "CandidateRole_years_check" CHECK ("years" BETWEEN 0 AND 50);
