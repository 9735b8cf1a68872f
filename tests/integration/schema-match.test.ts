// Proves that the database the migrations build is the database
// prisma/schema.prisma describes. Prisma's own `migrate diff` needs a native
// engine this project cannot rely on, so the comparison is done here
// (schema-compare.ts): the schema's DMMF against the catalogue of the migrated
// database. Each check lists every difference it finds.
import fs from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { database } from "@/lib/db";
import {
  compareAll,
  compareColumns,
  compareEnums,
  compareForeignKeys,
  compareIndexes,
  compareTables,
  datamodelOf,
  type Datamodel,
} from "./schema-compare";
import { readCatalog, type Catalog } from "./schema-catalog";

const SCHEMA_PATH = path.resolve(__dirname, "../../prisma/schema.prisma");

// ---------- the tests ----------

let source: string;
let dm: Datamodel;
let catalog: Catalog;

beforeAll(async () => {
  source = fs.readFileSync(SCHEMA_PATH, "utf8");
  dm = datamodelOf(source);
  catalog = await readCatalog();
});

describe("the migrated database matches prisma/schema.prisma", () => {
  it("has one table per model and no other", () => {
    expect(dm.models.length).toBeGreaterThan(0);
    expect(compareTables(dm, catalog)).toEqual([]);
  });

  it("has every field as a column of the right type, nullability and default, and no other column", () => {
    expect(compareColumns(dm, catalog)).toEqual([]);
  });

  it("has every enum with the same values", () => {
    expect(dm.enums.length).toBeGreaterThan(0);
    expect(compareEnums(dm, catalog)).toEqual([]);
  });

  it("has the same primary keys", () => {
    expect(compareIndexes(dm, catalog, "id")).toEqual([]);
  });

  it("has the same unique constraints", () => {
    expect(compareIndexes(dm, catalog, "unique")).toEqual([]);
  });

  it("has the same plain indexes", () => {
    expect(compareIndexes(dm, catalog, "normal")).toEqual([]);
  });

  it("has a foreign key for every relation, to the right table, with the schema's ON DELETE", () => {
    expect(compareForeignKeys(dm, catalog)).toEqual([]);
  });

  it("reports drift: a schema edited without a migration shows each change", () => {
    // The same comparison against a deliberately different schema must find
    // every edit, or the checks above prove nothing.
    const edited = source
      .replace(/email(\s+)String(\s+)@unique/, "email$1String?") // nullable, no longer unique
      .replace(/(model SkillGroup \{[^}]*?position\s+Int\s+)@default\(0\)/s, "$1@default(1)")
      .replace(/(model Company \{[^}]*?)\n\}/s, "$1\n  vatNumber String?\n  @@index([name])\n}")
      .replace(/onDelete: Restrict\)(\n\s+requirements\s+RoleRequirement\[\])/, "onDelete: Cascade)$1")
      .replace(/enum Importance \{([^}]*)\}/s, "enum Importance {$1  NICE_TO_HAVE\n}")
      .replace(/model AppSetting \{[^}]*\}/s, "")
      .replace(/count(\s+)Int/, "count$1BigInt");
    expect(edited).not.toBe(source);
    const diffs = compareAll(datamodelOf(edited), catalog).join("\n");
    expect(diffs).toMatch(/User\.email: NOT NULL, schema says optional/);
    expect(diffs).toMatch(/RateLimitBucket\.count: type integer, schema says bigint/);
    expect(diffs).toMatch(/unique index User\(email\) as User_email_key: not in the schema/);
    expect(diffs).toMatch(/SkillGroup\.position: database default 0, schema says 1/);
    expect(diffs).toMatch(/Company\.vatNumber: column missing/);
    expect(diffs).toMatch(/index Company\(name\) as Company_name_idx: missing/);
    expect(diffs).toMatch(/Skill_groupId_fkey: Skill\(groupId\) -> SkillGroup\(id\) ON DELETE Cascade .*missing or different/);
    expect(diffs).toMatch(/enum Importance: database has \[ESSENTIAL, OPTIONAL\]/);
    expect(diffs).toMatch(/table "AppSetting" is in the database but not in the schema/);
  });
});

describe("rules the schema language cannot express (added by hand in the migration)", () => {
  it("refuses a requirement level outside 1..5 and a growth edge from a role to itself", () => {
    const checks = catalog.checks.map((c) => `${c.table}.${c.name}: ${c.definition}`);
    expect(checks).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^RoleRequirement\.RoleRequirement_minLevel_check: CHECK .*minLevel.*1.*5/),
        expect.stringMatching(/^GrowthEdge\.GrowthEdge_no_self_edge_check: CHECK .*fromRoleId.*<>.*toRoleId/),
      ]),
    );
  });

  it("enforces them on writes", async () => {
    const prisma = database().prisma;
    const group = await prisma.skillGroup.create({ data: { slug: "it-check-group", labelEn: "G", labelRu: "Г" } });
    const skill = await prisma.skill.create({
      data: {
        slug: "it-check-skill", groupId: group.id, type: "SKILL", labelEn: "S", labelRu: "С",
        descriptionEn: "d", descriptionRu: "д", altLabelsEn: [], altLabelsRu: [],
      },
    });
    const role = await prisma.role.create({
      data: {
        slug: "it-check-role", family: "SMM", seniority: "JUNIOR", labelEn: "R", labelRu: "Р",
        summaryEn: "s", summaryRu: "с", responsibilitiesEn: [], responsibilitiesRu: [],
        kpisEn: [], kpisRu: [], channelsEn: [], channelsRu: [],
      },
    });
    await expect(
      prisma.roleRequirement.create({ data: { roleId: role.id, skillId: skill.id, importance: "ESSENTIAL", minLevel: 6 } }),
    ).rejects.toThrow();
    await expect(
      prisma.roleRequirement.create({ data: { roleId: role.id, skillId: skill.id, importance: "ESSENTIAL", minLevel: 0 } }),
    ).rejects.toThrow();
    await expect(
      prisma.growthEdge.create({
        data: { fromRoleId: role.id, toRoleId: role.id, kind: "VERTICAL", rationaleEn: "r", rationaleRu: "р" },
      }),
    ).rejects.toThrow();
    // In range is accepted (the refusals above are the CHECKs, not something else).
    await prisma.roleRequirement.create({ data: { roleId: role.id, skillId: skill.id, importance: "ESSENTIAL", minLevel: 5 } });
    expect(await prisma.roleRequirement.count({ where: { roleId: role.id } })).toBe(1);
  });
});
