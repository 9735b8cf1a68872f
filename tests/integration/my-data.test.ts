// A candidate's data: the export holds what the portal keeps about them (and
// not the companies' notes), and deleting the account leaves no personal data
// in any table while the companies keep their counts.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { applyToPosting } from "@/lib/server/applications/apply";
import { addApplicantNote, listApplicants, moveApplicantStage } from "@/lib/server/applications/pipeline";
import { withdrawMyApplication } from "@/lib/server/applications/mine";
import { deleteMyAccount, exportMyData } from "@/lib/server/my-data";
import { saveSearch } from "@/lib/server/saved";
import { seedTaxonomy } from "@/lib/server/seed";
import type { SessionUser } from "@/lib/server/sessions";
import { zApplyInput, zMoveStageInput } from "@/lib/validations/application";
import { createOpenPosting, makeCandidate, makeEmployer, PASSWORD, signInAs, uniqueEmail } from "./helpers";

let employer: SessionUser;
let companyId: string;

beforeAll(async () => {
  await seedTaxonomy();
  const e = await makeEmployer({ companyName: "Privacy Co" });
  companyId = e.companyId;
  employer = await signInAs(e);
});

const openPosting = () => createOpenPosting(companyId, { family: "SMM", titleEn: "SMM specialist", titleRu: "SMM-специалист" });

/** Rows of every table of the schema whose text holds `needle` (case-insensitive), by table. */
async function tablesHolding(needle: string): Promise<Record<string, number>> {
  const tables = await db.$queryRaw<{ name: string }[]>`
    SELECT table_name AS name FROM information_schema.tables WHERE table_schema = current_schema() AND table_type = 'BASE TABLE'`;
  const found: Record<string, number> = {};
  for (const { name } of tables) {
    const [row] = await db.$queryRawUnsafe<{ n: number }[]>(`SELECT count(*)::int AS n FROM "${name}" t WHERE t::text ILIKE $1`, `%${needle}%`);
    if (row && row.n > 0) found[name] = row.n;
  }
  return found;
}

describe("a candidate's data", () => {
  it("is exported whole, without the companies' private notes", async () => {
    const email = uniqueEmail("export");
    const me = await signInAs(await makeCandidate({ email, name: "Ксения Экспортова" }));
    const posting = await openPosting();
    const applied = await applyToPosting(me, zApplyInput.parse({ postingId: posting, coverNote: "Письмо для экспорта" }));
    await addApplicantNote(employer, { applicationId: applied.ok ? applied.value.applicationId : "", body: "Private: maybe" });
    const data = JSON.stringify(await exportMyData(me));
    expect(data).toContain(email);
    expect(data).toContain("Письмо для экспорта");
    expect(data).toContain("Privacy Co");
    expect(data).not.toContain("Private: maybe");
    expect(await exportMyData(employer)).toBeNull();
  });

  it("is gone after the account is deleted, while the company keeps the application as a count", async () => {
    const email = uniqueEmail("forget");
    const name = "Зинаида Удаляева";
    const me = await signInAs(await makeCandidate({ email, name }));
    await db.candidateProfile.update({ where: { userId: me.id }, data: { headline: "Уникальный заголовок Зинаиды", about: "Обо мне: Зинаида" } });
    const skill = await db.skill.findFirstOrThrow({ select: { id: true } });
    await db.candidateSkill.create({ data: { userId: me.id, skillId: skill.id, level: 4, evidence: "https://zinaida.example/portfolio" } });
    await saveSearch(me, "q=zinaida-search");
    const [first, second] = [await openPosting(), await openPosting()];
    const a = await applyToPosting(me, zApplyInput.parse({ postingId: first, coverNote: "Сопроводительное Зинаиды" }));
    const b = await applyToPosting(me, zApplyInput.parse({ postingId: second }));
    const aId = a.ok ? a.value.applicationId : "";
    await moveApplicantStage(employer, zMoveStageInput.parse({ applicationId: aId, version: 1, to: "SCREENING" }));
    await addApplicantNote(employer, { applicationId: aId, body: "Заметка о Зинаиде" });
    await withdrawMyApplication(me, b.ok ? b.value.applicationId : "");

    // A wrong password deletes nothing.
    expect(await deleteMyAccount(me, "not-the-password")).toMatchObject({ ok: false, fieldErrors: { password: "errors.wrongPassword" } });
    expect(await db.user.count({ where: { id: me.id } })).toBe(1);

    expect(await deleteMyAccount(me, PASSWORD)).toEqual({ ok: true, value: null });
    for (const needle of [email, name, "Зинаид", "zinaida", me.id]) {
      expect(await tablesHolding(needle), needle).toEqual({});
    }
    // The company still counts both applications, at their stages, without the person.
    const page = await listApplicants(employer, first, { stage: "all", knockoutsPassed: false, fitMin: 0 }, "en");
    expect(page?.rows.map((r) => [r.name, r.stage])).toEqual([[null, "SCREENING"]]);
    expect(await db.application.count({ where: { postingId: { in: [first, second] } } })).toBe(2);
    expect((await db.jobPosting.findUniqueOrThrow({ where: { id: first } })).applicationCount).toBe(1);
  });

  it("cannot be deleted here for a company's account", async () => {
    expect(await deleteMyAccount(employer, PASSWORD)).toEqual({ ok: false, error: "errors.account.onlyCandidates" });
  });
});
