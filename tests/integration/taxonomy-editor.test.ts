// The admins' taxonomy editor (lib/server/taxonomy/*): safe changes, history,
// reverts, versions, import and export.
import { beforeAll, describe, expect, it } from "vitest";
import { database, db, setDatabase } from "@/lib/db";
import { seedTaxonomy } from "@/lib/server/seed";
import type { Actor } from "@/lib/server/taxonomy/audit";
import { readSkillDoc, readTaxonomyDocument } from "@/lib/server/taxonomy/docs";
import { deleteItem, saveSkill, saveSkillGroup, setStatus } from "@/lib/server/taxonomy/edit";
import { removeRequirement, saveGrowthEdge, saveRequirement } from "@/lib/server/taxonomy/edit-links";
import { applyImport, planImport } from "@/lib/server/taxonomy/import";
import { readImportFile } from "@/lib/server/taxonomy/import-file";
import { requirementsToCsv, skillsToCsv } from "@/lib/server/taxonomy/csv";
import { mergeSkills } from "@/lib/server/taxonomy/merge";
import { revertChange } from "@/lib/server/taxonomy/revert";
import { diffTaxonomies, publishVersion, taxonomyAt } from "@/lib/server/taxonomy/versions";
import { zSaveSkillInput } from "@/lib/validations/taxonomy-editor";
import { zTaxonomyDocument, type TaxonomyDocument } from "@/lib/validations/taxonomy";
import { openMigratedDatabase } from "./databases";

const ANNA: Actor = { id: "admin-anna", name: "Anna Admin" };
const BORIS: Actor = { id: "admin-boris", name: "Boris Admin" };

const doc = () => db.$transaction((tx) => readTaxonomyDocument(tx));
const version = async (slug: string) => (await db.skill.findUniqueOrThrow({ where: { slug }, select: { version: true } })).version;
const roleVersion = async (slug: string) => (await db.role.findUniqueOrThrow({ where: { slug }, select: { version: true } })).version;
const changes = (key: string) => db.taxonomyChange.findMany({ where: { entityKey: key }, orderBy: { at: "asc" } });

/** Every row of the taxonomy and its history: what "nothing changed" compares. */
async function snapshot() {
  return JSON.stringify([await doc(), await db.taxonomyChange.count(), await db.skill.findMany({ orderBy: { slug: "asc" }, select: { slug: true, version: true } })]);
}

async function newSkill(slug: string, overrides: Record<string, unknown> = {}) {
  const input = zSaveSkillInput.parse({ slug, group: "analytics", type: "SKILL", labelEn: `Skill ${slug}`, labelRu: `Навык ${slug}`, ...overrides });
  expect(await saveSkill(ANNA, input)).toEqual({ ok: true, value: null });
}

beforeAll(async () => {
  await seedTaxonomy();
});

describe("creating and editing", () => {
  it("creates a skill with an audit entry, and refuses a taken slug", async () => {
    await newSkill("ai-prompting", { labelRu: "" });
    expect(await readSkillDoc(db as never, "ai-prompting")).toMatchObject({ labelEn: "Skill ai-prompting", labelRu: "", group: "analytics" });
    const [entry] = await changes("ai-prompting");
    expect(entry).toMatchObject({ actorName: "Anna Admin", entity: "SKILL", action: "CREATE", before: null });
    const again = zSaveSkillInput.parse({ slug: "ai-prompting", group: "analytics", type: "SKILL", labelEn: "Other", labelRu: "" });
    expect(await saveSkill(BORIS, again)).toMatchObject({ ok: false, error: "errors.slugTaken" });
  });

  it("refuses the second of two edits started from the same version, naming who saved first", async () => {
    await newSkill("tiktok-ads");
    const v = await version("tiktok-ads");
    const base = { slug: "tiktok-ads", group: "analytics", type: "SKILL" as const, labelRu: "Реклама в TikTok", version: v };
    expect(await saveSkill(ANNA, zSaveSkillInput.parse({ ...base, labelEn: "TikTok ads (Anna)" }))).toEqual({ ok: true, value: null });
    const second = await saveSkill(BORIS, zSaveSkillInput.parse({ ...base, labelEn: "TikTok ads (Boris)" }));
    expect(second).toMatchObject({ ok: false, error: expect.stringMatching(/^errors\.staleVersion\?name=Anna\+Admin&at=\d+$/) });
    expect((await readSkillDoc(db as never, "tiktok-ads"))?.labelEn).toBe("TikTok ads (Anna)");
    expect((await changes("tiktok-ads")).map((c) => c.actorName)).toEqual(["Anna Admin", "Anna Admin"]);
  });

  it("refuses a growth path to the same role, and one that exists already", async () => {
    const edge = { from: "moderator", to: "community-manager-junior", kind: "HORIZONTAL" as const, rationaleEn: "Again", rationaleRu: "" };
    expect(await saveGrowthEdge(ANNA, edge)).toMatchObject({ ok: false, error: "errors.duplicateEdge" });
    const { zSaveGrowthEdgeInput } = await import("@/lib/validations/taxonomy-editor");
    const self = zSaveGrowthEdgeInput.safeParse({ ...edge, to: "moderator" });
    expect(self.success).toBe(false);
    expect(self.error?.issues[0]?.message).toBe("errors.edgeToItself");
  });
});

describe("deprecate rather than delete what is in use", () => {
  it("refuses to delete a skill a role requires; deprecating keeps it where it is used", async () => {
    const before = await snapshot();
    expect(await deleteItem(ANNA, { entity: "SKILL", key: "forum-moderation", version: await version("forum-moderation") })).toEqual({
      ok: false,
      error: "errors.inUse",
    });
    expect(await snapshot()).toBe(before);
    expect(await setStatus(ANNA, { entity: "SKILL", key: "forum-moderation", version: await version("forum-moderation"), status: "DEPRECATED" })).toEqual({ ok: true, value: null });
    const required = await db.roleRequirement.count({ where: { skill: { slug: "forum-moderation" } } });
    expect(required).toBeGreaterThan(0);
    // …but it is not added to a role anew.
    const role = "smm-specialist-junior";
    expect(await saveRequirement(ANNA, { role, skill: "forum-moderation", importance: "OPTIONAL", minLevel: 1, roleVersion: await roleVersion(role) })).toMatchObject({
      ok: false,
      fieldErrors: { skill: "errors.deprecatedSkill" },
    });
    await setStatus(ANNA, { entity: "SKILL", key: "forum-moderation", version: await version("forum-moderation"), status: "ACTIVE" });
    expect((await changes("forum-moderation")).map((c) => c.action)).toEqual(["DEPRECATE", "RESTORE"]);
  });

  it("deletes an unused skill, and a group only once it is empty", async () => {
    expect(await saveSkillGroup(ANNA, { slug: "ai-tools", labelEn: "AI tools", labelRu: "ИИ-инструменты", status: "ACTIVE" })).toEqual({ ok: true, value: null });
    await newSkill("midjourney", { group: "ai-tools" });
    const groupVersion = async () => (await db.skillGroup.findUniqueOrThrow({ where: { slug: "ai-tools" } })).version;
    expect(await deleteItem(ANNA, { entity: "GROUP", key: "ai-tools", version: await groupVersion() })).toMatchObject({ ok: false, error: "errors.inUse" });
    expect(await deleteItem(ANNA, { entity: "SKILL", key: "midjourney", version: await version("midjourney") })).toEqual({ ok: true, value: null });
    expect(await deleteItem(ANNA, { entity: "GROUP", key: "ai-tools", version: await groupVersion() })).toEqual({ ok: true, value: null });
    expect(await db.skillGroup.count({ where: { slug: "ai-tools" } })).toBe(0);
  });
});

describe("merging two skills", () => {
  it("moves every reference to the kept skill, keeps the stronger requirement, and its labels become alternative labels", async () => {
    await newSkill("community-moderation-dup", { group: "communication-moderation", labelEn: "Community moderation", labelRu: "Модерация сообщества", altLabelsEn: ["chat moderation"] });
    // One role needs only the duplicate; another needs both, the duplicate more strongly.
    const a = "copywriter";
    const b = "community-manager-junior";
    await saveRequirement(ANNA, { role: a, skill: "community-moderation-dup", importance: "ESSENTIAL", minLevel: 3, roleVersion: await roleVersion(a) });
    await saveRequirement(ANNA, { role: b, skill: "community-moderation-dup", importance: "ESSENTIAL", minLevel: 4, roleVersion: await roleVersion(b) });
    const keptBefore = await db.roleRequirement.findFirstOrThrow({ where: { role: { slug: b }, skill: { slug: "forum-moderation" } } });
    expect(keptBefore.minLevel).toBeLessThan(4);

    const result = await mergeSkills(ANNA, {
      keep: "forum-moderation",
      keepVersion: await version("forum-moderation"),
      merge: "community-moderation-dup",
      mergeVersion: await version("community-moderation-dup"),
    });
    expect(result).toEqual({ ok: true, value: null });
    expect(await db.skill.count({ where: { slug: "community-moderation-dup" } })).toBe(0);
    const req = (role: string) => db.roleRequirement.findFirst({ where: { role: { slug: role }, skill: { slug: "forum-moderation" } } });
    expect(await req(a)).toMatchObject({ importance: "ESSENTIAL", minLevel: 3 });
    expect(await req(b)).toMatchObject({ importance: "ESSENTIAL", minLevel: 4 });
    const kept = (await readSkillDoc(db as never, "forum-moderation"))!;
    expect(kept.altLabelsEn).toEqual(expect.arrayContaining(["Community moderation", "chat moderation"]));
    expect(kept.altLabelsRu).toContain("Модерация сообщества");
    expect((await changes("community-moderation-dup")).at(-1)).toMatchObject({ action: "MERGE", after: { mergedInto: "forum-moderation" } });
    // A merge is not reverted automatically.
    const entry = (await changes("community-moderation-dup")).at(-1)!;
    expect(await revertChange(ANNA, entry.id)).toEqual({ ok: false, error: "errors.cannotRevert" });
  });

  it("changes nothing, history included, when one side changed meanwhile", async () => {
    await newSkill("dup-a", { group: "tools" });
    await newSkill("dup-b", { group: "tools" });
    const before = await snapshot();
    const result = await mergeSkills(ANNA, { keep: "dup-a", keepVersion: await version("dup-a"), merge: "dup-b", mergeVersion: 99 });
    expect(result).toMatchObject({ ok: false, error: expect.stringMatching(/^errors\.staleVersion/) });
    expect(await snapshot()).toBe(before);
  });
});

describe("history and revert", () => {
  it("reverts an edit (and logs the revert), but not over a later change", async () => {
    await newSkill("reels-editing", { labelEn: "Reels editing" });
    const v = await version("reels-editing");
    const base = { slug: "reels-editing", group: "analytics", type: "SKILL" as const, labelRu: "Монтаж рилс", version: v };
    await saveSkill(ANNA, zSaveSkillInput.parse({ ...base, labelEn: "Short video editing" }));
    const edit = (await changes("reels-editing")).at(-1)!;
    await saveSkill(BORIS, zSaveSkillInput.parse({ ...base, version: v + 1, labelEn: "Short-form video editing" }));
    // Anna's edit was changed since: reverting it would overwrite Boris's.
    expect(await revertChange(ANNA, edit.id)).toMatchObject({ ok: false, error: expect.stringMatching(/^errors\.staleVersion\?name=Boris/) });
    const latest = (await changes("reels-editing")).at(-1)!;
    expect(await revertChange(ANNA, latest.id)).toEqual({ ok: true, value: null });
    expect((await readSkillDoc(db as never, "reels-editing"))?.labelEn).toBe("Short video editing");
    expect((await changes("reels-editing")).at(-1)).toMatchObject({ action: "REVERT", revertOf: latest.id, actorName: "Anna Admin" });
    expect(await revertChange(ANNA, latest.id)).toEqual({ ok: false, error: "errors.alreadyReverted" });
  });

  it("reverting a deletion brings the item back; reverting a creation removes it", async () => {
    await newSkill("snapchat", { group: "tools" });
    const created = (await changes("snapchat")).at(-1)!;
    expect(await deleteItem(ANNA, { entity: "SKILL", key: "snapchat", version: await version("snapchat") })).toEqual({ ok: true, value: null });
    const deleted = (await changes("snapchat")).at(-1)!;
    expect(await revertChange(ANNA, deleted.id)).toEqual({ ok: true, value: null });
    expect(await readSkillDoc(db as never, "snapchat")).toMatchObject({ labelEn: "Skill snapchat" });
    // The creation cannot be reverted now: the skill is not as the creation left it? It is: so it goes.
    expect(await revertChange(ANNA, created.id)).toEqual({ ok: true, value: null });
    expect(await db.skill.count({ where: { slug: "snapchat" } })).toBe(0);
  });

  it("a requirement removed by mistake comes back with its revert", async () => {
    const role = "event-manager";
    const req = await db.roleRequirement.findFirstOrThrow({ where: { role: { slug: role } }, select: { importance: true, minLevel: true, skill: { select: { slug: true } } } });
    expect(await removeRequirement(ANNA, { role, skill: req.skill.slug, roleVersion: await roleVersion(role) })).toEqual({ ok: true, value: null });
    const removal = (await changes(`${role}/${req.skill.slug}`)).at(-1)!;
    expect(await revertChange(ANNA, removal.id)).toEqual({ ok: true, value: null });
    expect(await db.roleRequirement.findFirst({ where: { role: { slug: role }, skill: { slug: req.skill.slug } } })).toMatchObject({
      importance: req.importance,
      minLevel: req.minLevel,
    });
  });
});

describe("versions", () => {
  it("publishes numbered versions and shows what changed between them", async () => {
    const first = await publishVersion(ANNA, "Before the TikTok skills");
    expect(first).toMatchObject({ ok: true });
    await newSkill("tiktok-analytics");
    await setStatus(ANNA, { entity: "SKILL", key: "copywriting", version: await version("copywriting"), status: "DEPRECATED" });
    const second = await publishVersion(BORIS, "TikTok");
    const n1 = first.ok ? first.value.number : 0;
    const n2 = second.ok ? second.value.number : 0;
    expect(n2).toBe(n1 + 1);
    const diff = diffTaxonomies((await taxonomyAt(n1))!, (await taxonomyAt(n2))!);
    expect(diff.added.map((i) => i.key)).toContain("tiktok-analytics");
    expect(diff.changed.find((i) => i.key === "copywriting")).toMatchObject({ entity: "SKILL", fields: ["status"] });
    expect(diff.removed).toEqual([]);
    const reverse = diffTaxonomies((await taxonomyAt(n2))!, (await taxonomyAt(n1))!);
    expect(reverse.removed.map((i) => i.key)).toContain("tiktok-analytics");
    await setStatus(ANNA, { entity: "SKILL", key: "copywriting", version: await version("copywriting"), status: "ACTIVE" });
  });
});

describe("import and export", () => {
  it("exported, then imported into an empty database, reproduces the taxonomy exactly", async () => {
    const exported = await doc();
    const json = JSON.stringify(exported, null, 2);
    const fresh = await openMigratedDatabase();
    const original = database();
    setDatabase(fresh.db);
    try {
      const read = readImportFile("json", json, await doc());
      expect(read.ok).toBe(true);
      if (!read.ok) return;
      const plan = await planImport(read.doc);
      expect(plan.adds.length).toBe(exported.skillGroups.length + exported.skills.length + exported.roles.length + exported.growthEdges.length + exported.families.length);
      expect(await applyImport(read.doc, ANNA, plan.hash)).toMatchObject({ ok: true });
      expect(await doc()).toEqual(exported);
      // And the CSV files of the same taxonomy read back to the same document.
      expect(readImportFile("skills-csv", skillsToCsv(exported), exported)).toEqual({ ok: true, doc: exported });
      expect(readImportFile("requirements-csv", requirementsToCsv(exported), exported)).toEqual({ ok: true, doc: exported });
    } finally {
      setDatabase(original);
      await fresh.dispose();
    }
  });

  it("previews adds, changes and conflicts, and applies only the plan that was confirmed", async () => {
    const current = await doc();
    await newSkill("edited-in-app", { group: "tools" });
    const withEdit = await doc();
    const file: TaxonomyDocument = zTaxonomyDocument.parse({
      ...withEdit,
      skills: [
        ...withEdit.skills.map((s) =>
          s.slug === "content-titles" ? { ...s, labelEn: "Content titles (imported)" } : s.slug === "edited-in-app" ? { ...s, labelEn: "Imported over an edit" } : s,
        ),
        { ...withEdit.skills[0]!, slug: "brand-new-imported", labelEn: "Brand new", labelRu: "Совсем новый" },
      ],
    });
    const plan = await planImport(file);
    expect(plan.adds.map((i) => i.key)).toEqual(["brand-new-imported"]);
    expect(plan.changes.map((i) => i.key)).toEqual(["content-titles"]);
    expect(plan.conflicts).toEqual([expect.objectContaining({ key: "edited-in-app", editedBy: expect.objectContaining({ by: "Anna Admin" }) })]);
    expect(plan.kept).toBe(0);
    expect(current.skills.length).toBeLessThan(file.skills.length);

    const before = await snapshot();
    expect(await applyImport(file, BORIS, "not-the-plan")).toEqual({ ok: false, error: "errors.importPlanChanged" });
    expect(await snapshot()).toBe(before);
    expect(await applyImport(file, BORIS, plan.hash)).toMatchObject({ ok: true });
    expect((await readSkillDoc(db as never, "edited-in-app"))?.labelEn).toBe("Imported over an edit");
    expect((await changes("content-titles")).at(-1)).toMatchObject({ action: "IMPORT", actorName: "Boris Admin" });
  });

  it("a malformed file gets line-numbered errors and changes nothing", async () => {
    const before = await snapshot();
    const current = await doc();
    const badSyntax = readImportFile("json", '{\n  "format": "rolemap-taxonomy",\n  "skills": [\n    { "slug": "x", }\n  ]\n}\n', current);
    expect(badSyntax).toMatchObject({ ok: false, errors: expect.arrayContaining([expect.objectContaining({ line: 4 })]) });
    if (!badSyntax.ok) expect(badSyntax.errors.every((e) => e.line === 4)).toBe(true);

    const json = JSON.stringify({ ...current, skills: [{ ...current.skills[0]!, labelEn: "", labelRu: "" }, ...current.skills.slice(1)] }, null, 2);
    const badField = readImportFile("json", json, current);
    expect(badField.ok).toBe(false);
    if (!badField.ok) {
      const line = json.split("\n").findIndex((l) => l.includes('"labelEn": ""')) + 1;
      expect(badField.errors[0]).toMatchObject({ line, column: "skills.0.labelEn", message: "errors.needOneLanguage" });
    }

    const csv = skillsToCsv(current).split("\n");
    const row = csv.findIndex((l, i) => i > 5 && l.includes(",skill/competence,"));
    csv[row] = csv[row]!.replace(",skill/competence,", ",superpower,");
    const badCsv = readImportFile("skills-csv", csv.join("\n"), current);
    expect(badCsv).toMatchObject({ ok: false, errors: [expect.objectContaining({ column: "skillType", message: "errors.invalidChoice" })] });
    // The line where that skill's row starts (rows span lines where a cell has several labels).
    if (!badCsv.ok) expect(badCsv.errors[0]!.line).toBeLessThanOrEqual(row + 1);

    const requirements = requirementsToCsv(current).replace(/,3\n/, ",9\n");
    expect(readImportFile("requirements-csv", requirements, current)).toMatchObject({
      ok: false,
      errors: [expect.objectContaining({ column: "minLevel", message: "errors.levelOutOfRange" })],
    });
    expect(await snapshot()).toBe(before);
  });
});

describe("the default taxonomy after admins' changes", () => {
  it("does not bring back what an admin deleted, on a later seed version", async () => {
    // "snapchat" was created and removed above; "community-moderation-dup" merged away. Pretend an older seed ran.
    await db.appSetting.update({ where: { key: "taxonomy.seedVersion" }, data: { value: "0" } });
    const removedRequirement = await db.roleRequirement.findFirstOrThrow({ where: { role: { slug: "teacher-trainer" } }, select: { skill: { select: { slug: true } } } });
    await removeRequirement(ANNA, { role: "teacher-trainer", skill: removedRequirement.skill.slug, roleVersion: await roleVersion("teacher-trainer") });
    const result = await seedTaxonomy();
    expect(result).toMatchObject({ skipped: false, groups: 0, skills: 0, roles: 0, edges: 0 });
    expect(await db.roleRequirement.count({ where: { role: { slug: "teacher-trainer" }, skill: { slug: removedRequirement.skill.slug } } })).toBe(0);
  });
});
