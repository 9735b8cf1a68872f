import "server-only";
// A posting row and the wizard's step values, both ways. The wizard shows the
// values; submitting parses them again with the strict schemas.
import { Prisma } from "@/lib/generated/prisma/client";
import type { StepValues } from "@/lib/validations/posting";
import type { Tx } from "@/lib/server/transaction";

export const WIZARD_SELECT = {
  id: true,
  version: true,
  status: true,
  stepReached: true,
  rejectionReason: true,
  updatedAt: true,
  advisor: true,
  family: true,
  roleId: true,
  titleEn: true,
  titleRu: true,
  responsibilitiesEn: true,
  responsibilitiesRu: true,
  kpisEn: true,
  kpisRu: true,
  channelsEn: true,
  channelsRu: true,
  employmentType: true,
  workMode: true,
  country: true,
  city: true,
  salaryHidden: true,
  salaryFrom: true,
  salaryTo: true,
  currency: true,
  languages: true,
  startDate: true,
  validDays: true,
  descriptionEn: true,
  descriptionRu: true,
  skills: { orderBy: { position: "asc" }, select: { skillId: true, mustHave: true, level: true } },
  questions: {
    orderBy: { position: "asc" },
    select: { kind: true, textEn: true, textRu: true, knockout: true, expectedYes: true },
  },
} satisfies Prisma.JobPostingSelect;

export type WizardRow = Prisma.JobPostingGetPayload<{ select: typeof WIZARD_SELECT }>;

export function valuesOf(row: WizardRow): StepValues {
  const family = row.family === "SMM" || row.family === "COMMUNITY" ? row.family : null;
  return {
    role: { advisor: (row.advisor as StepValues["role"]["advisor"]) ?? null, family },
    template: {
      roleId: row.roleId,
      skills: row.skills,
      responsibilitiesEn: row.responsibilitiesEn,
      responsibilitiesRu: row.responsibilitiesRu,
      kpisEn: row.kpisEn,
      kpisRu: row.kpisRu,
      channelsEn: row.channelsEn,
      channelsRu: row.channelsRu,
    },
    details: {
      titleEn: row.titleEn,
      titleRu: row.titleRu,
      employmentType: row.employmentType,
      workMode: row.workMode,
      country: row.country,
      city: row.city,
      salaryHidden: row.salaryHidden,
      salaryFrom: row.salaryFrom,
      salaryTo: row.salaryTo,
      currency: row.currency,
      languages: Array.isArray(row.languages) ? (row.languages as StepValues["details"]["languages"]) : [],
      startDate: row.startDate ? row.startDate.toISOString().slice(0, 10) : null,
      validDays: row.validDays,
    },
    questions: { questions: row.questions },
    description: { descriptionEn: row.descriptionEn, descriptionRu: row.descriptionRu },
  };
}

/** Writes one step's values onto the posting (the caller has checked access, status and version). */
export async function writeStep(tx: Tx, postingId: string, step: keyof StepValues, values: StepValues[keyof StepValues]) {
  switch (step) {
    case "role": {
      const v = values as StepValues["role"];
      const current = await tx.jobPosting.findUniqueOrThrow({ where: { id: postingId }, select: { family: true } });
      return {
        advisor: v.advisor ? (v.advisor as Prisma.InputJsonValue) : Prisma.DbNull,
        family: v.family ?? null,
        // Another family: the role chosen for the old one no longer fits.
        ...(current.family && v.family !== current.family ? { roleId: null } : {}),
      } satisfies Prisma.JobPostingUncheckedUpdateInput;
    }
    case "template": {
      const { skills, ...rest } = values as StepValues["template"];
      await tx.postingSkill.deleteMany({ where: { postingId } });
      if (skills.length > 0) {
        await tx.postingSkill.createMany({ data: skills.map((s, position) => ({ ...s, postingId, position })) });
      }
      return rest satisfies Prisma.JobPostingUncheckedUpdateInput;
    }
    case "details": {
      const v = values as StepValues["details"];
      return {
        ...v,
        city: v.city || null,
        languages: v.languages as Prisma.InputJsonValue,
        startDate: v.startDate ? new Date(`${v.startDate}T00:00:00Z`) : null,
      } satisfies Prisma.JobPostingUncheckedUpdateInput;
    }
    case "questions": {
      const { questions } = values as StepValues["questions"];
      await tx.postingQuestion.deleteMany({ where: { postingId } });
      if (questions.length > 0) {
        await tx.postingQuestion.createMany({
          data: questions.map((q, position) => ({
            ...q,
            expectedYes: q.kind === "YES_NO" && q.knockout ? (q.expectedYes ?? null) : null,
            postingId,
            position,
          })),
        });
      }
      return {};
    }
    case "description":
      return values as StepValues["description"];
  }
}
