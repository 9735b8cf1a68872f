// Proves that the database the migrations build is the database
// prisma/schema.prisma describes. Prisma's own `migrate diff` needs a native
// engine this project cannot rely on, so the comparison is done here: the
// schema's DMMF (Prisma's wasm parser) against the catalogue of the migrated
// database. Each check lists every difference it finds.
import { get_dmmf } from "@prisma/prisma-schema-wasm";
import fs from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { database } from "@/lib/db";

// ---------- the schema side (DMMF) ----------

interface DmmfField {
  name: string;
  dbName?: string | null;
  kind: "scalar" | "enum" | "object" | "unsupported";
  type: string;
  isList: boolean;
  isRequired: boolean;
  isUpdatedAt: boolean;
  hasDefaultValue: boolean;
  default?: unknown;
  nativeType?: [string, string[]] | null;
  relationFromFields?: string[];
  relationToFields?: string[];
  relationOnDelete?: string;
  relationOnUpdate?: string;
}
interface DmmfModel {
  name: string;
  dbName: string | null;
  fields: DmmfField[];
  primaryKey: { name: string | null; fields: string[] } | null;
}
interface DmmfEnum {
  name: string;
  dbName?: string | null;
  values: { name: string; dbName: string | null }[];
}
interface DmmfIndex {
  model: string;
  type: "id" | "unique" | "normal" | "fulltext";
  dbName?: string | null;
  fields: { name: string }[];
}
interface Datamodel {
  models: DmmfModel[];
  enums: DmmfEnum[];
  indexes: DmmfIndex[];
}

const SCHEMA_PATH = path.resolve(__dirname, "../../prisma/schema.prisma");

function datamodelOf(source: string): Datamodel {
  const dmmf = JSON.parse(get_dmmf(JSON.stringify({ prismaSchema: [["schema.prisma", source]] }))) as {
    datamodel: Datamodel;
  };
  return dmmf.datamodel;
}

// ---------- the database side (catalogue) ----------

interface Catalog {
  tables: string[];
  columns: { table: string; column: string; type: string; notNull: boolean; default: string | null }[];
  enums: { name: string; value: string }[];
  indexes: { table: string; name: string; columns: string[]; primary: boolean; unique: boolean }[];
  foreignKeys: {
    table: string;
    name: string;
    columns: string[];
    refTable: string;
    refColumns: string[];
    onDelete: string;
    onUpdate: string;
  }[];
  checks: { table: string; name: string; definition: string }[];
}

async function readCatalog(): Promise<Catalog> {
  return database().withConnection(async (sql) => {
    const tables = await sql.query<{ name: string }>(
      `SELECT c.relname AS name FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
       WHERE n.nspname = current_schema() AND c.relkind IN ('r', 'p')`,
    );
    const columns = await sql.query<Catalog["columns"][number]>(
      `SELECT c.relname AS "table", a.attname AS "column", format_type(a.atttypid, a.atttypmod) AS "type",
              a.attnotnull AS "notNull", pg_get_expr(d.adbin, d.adrelid) AS "default"
       FROM pg_attribute a
       JOIN pg_class c ON c.oid = a.attrelid
       JOIN pg_namespace n ON n.oid = c.relnamespace
       LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
       WHERE n.nspname = current_schema() AND c.relkind IN ('r', 'p') AND a.attnum > 0 AND NOT a.attisdropped`,
    );
    const enums = await sql.query<Catalog["enums"][number]>(
      `SELECT t.typname AS name, e.enumlabel AS value
       FROM pg_type t JOIN pg_enum e ON e.enumtypid = t.oid JOIN pg_namespace n ON n.oid = t.typnamespace
       WHERE n.nspname = current_schema() ORDER BY t.typname, e.enumsortorder`,
    );
    const indexes = await sql.query<Omit<Catalog["indexes"][number], "columns"> & { columns: string[] | string }>(
      `SELECT t.relname AS "table", i.relname AS name, x.indisprimary AS primary, x.indisunique AS unique,
              ARRAY(SELECT a.attname FROM unnest(x.indkey::int2[]) WITH ORDINALITY k(attnum, ord)
                    JOIN pg_attribute a ON a.attrelid = x.indrelid AND a.attnum = k.attnum
                    ORDER BY k.ord)::text[] AS columns
       FROM pg_index x
       JOIN pg_class i ON i.oid = x.indexrelid
       JOIN pg_class t ON t.oid = x.indrelid
       JOIN pg_namespace n ON n.oid = t.relnamespace
       WHERE n.nspname = current_schema()`,
    );
    const foreignKeys = await sql.query<
      Omit<Catalog["foreignKeys"][number], "columns" | "refColumns"> & { columns: string[] | string; refColumns: string[] | string }
    >(
      `SELECT t.relname AS "table", con.conname AS name, r.relname AS "refTable",
              con.confdeltype AS "onDelete", con.confupdtype AS "onUpdate",
              ARRAY(SELECT a.attname FROM unnest(con.conkey) WITH ORDINALITY k(attnum, ord)
                    JOIN pg_attribute a ON a.attrelid = con.conrelid AND a.attnum = k.attnum ORDER BY k.ord)::text[] AS columns,
              ARRAY(SELECT a.attname FROM unnest(con.confkey) WITH ORDINALITY k(attnum, ord)
                    JOIN pg_attribute a ON a.attrelid = con.confrelid AND a.attnum = k.attnum ORDER BY k.ord)::text[] AS "refColumns"
       FROM pg_constraint con
       JOIN pg_class t ON t.oid = con.conrelid
       JOIN pg_class r ON r.oid = con.confrelid
       JOIN pg_namespace n ON n.oid = t.relnamespace
       WHERE n.nspname = current_schema() AND con.contype = 'f'`,
    );
    const checks = await sql.query<Catalog["checks"][number]>(
      `SELECT t.relname AS "table", con.conname AS name, pg_get_constraintdef(con.oid) AS definition
       FROM pg_constraint con JOIN pg_class t ON t.oid = con.conrelid JOIN pg_namespace n ON n.oid = t.relnamespace
       WHERE n.nspname = current_schema() AND con.contype = 'c'`,
    );
    // Both drivers return text[] as arrays; parse the literal form just in case.
    const arr = (v: string[] | string) => (Array.isArray(v) ? v : v.replace(/^\{|\}$/g, "").split(",").filter(Boolean));
    return {
      tables: tables.map((t) => t.name).filter((t) => t !== "_prisma_migrations"),
      columns: columns.filter((c) => c.table !== "_prisma_migrations"),
      enums,
      indexes: indexes.filter((i) => i.table !== "_prisma_migrations").map((i) => ({ ...i, columns: arr(i.columns) })),
      foreignKeys: foreignKeys.map((f) => ({ ...f, columns: arr(f.columns), refColumns: arr(f.refColumns) })),
      checks,
    };
  });
}

// ---------- the comparison ----------

const SCALAR_TYPES: Record<string, string> = {
  String: "text",
  Int: "integer",
  BigInt: "bigint",
  Float: "double precision",
  Boolean: "boolean",
  DateTime: "timestamp(3) without time zone",
  Json: "jsonb",
  Bytes: "bytea",
  Decimal: "numeric(65,30)",
};
/** Defaults Prisma Client fills in itself: the column has no database default. */
const CLIENT_SIDE_DEFAULTS = new Set(["cuid", "uuid", "nanoid", "ulid"]);
const REFERENTIAL_ACTIONS: Record<string, string> = {
  a: "NoAction",
  r: "Restrict",
  c: "Cascade",
  n: "SetNull",
  d: "SetDefault",
};

const unquote = (type: string) => type.replace(/"/g, "");
const tableOf = (m: DmmfModel) => m.dbName ?? m.name;
const columnOf = (f: DmmfField) => f.dbName ?? f.name;
const sameSet = (a: string[], b: string[]) => a.length === b.length && [...a].sort().join("\n") === [...b].sort().join("\n");

/** `'ACTIVE'::"SkillStatus"` → `ACTIVE`, `0` → `0`, `CURRENT_TIMESTAMP` stays. */
function normaliseDefault(expr: string): string {
  const noCast = expr.replace(/::[\w" ()[\],]+$/u, "").trim();
  const quoted = /^'(.*)'$/s.exec(noCast);
  return quoted ? quoted[1]!.replace(/''/g, "'") : noCast;
}

function expectedDefault(f: DmmfField): { kind: "none" } | { kind: "value"; value: string } | { kind: "any" } {
  if (!f.hasDefaultValue || f.isUpdatedAt) return { kind: "none" };
  const d = f.default as { name: string; args: unknown[] } | string | number | boolean | unknown[];
  if (d && typeof d === "object" && !Array.isArray(d) && "name" in d) {
    if (CLIENT_SIDE_DEFAULTS.has(d.name)) return { kind: "none" };
    if (d.name === "now") return { kind: "value", value: "CURRENT_TIMESTAMP" };
    return { kind: "any" }; // autoincrement(), dbgenerated(...), sequence: present is enough
  }
  if (Array.isArray(d)) return { kind: "any" };
  return { kind: "value", value: String(d) };
}

function expectedType(f: DmmfField, dm: Datamodel): string {
  let base: string;
  if (f.kind === "enum") {
    const e = dm.enums.find((x) => x.name === f.type)!;
    base = e.dbName ?? e.name;
  } else if (f.nativeType) {
    base = `@db.${f.nativeType[0]}(${f.nativeType[1].join(",")})`; // not mapped: shows up as a difference to look at
  } else {
    base = SCALAR_TYPES[f.type] ?? `unmapped Prisma type ${f.type}`;
  }
  return f.isList ? `${base}[]` : base;
}

function compareTables(dm: Datamodel, db: Catalog): string[] {
  const models = dm.models.map(tableOf);
  return [
    ...models.filter((m) => !db.tables.includes(m)).map((m) => `table "${m}" is in the schema but not in the database`),
    ...db.tables.filter((t) => !models.includes(t)).map((t) => `table "${t}" is in the database but not in the schema`),
  ];
}

function compareColumns(dm: Datamodel, db: Catalog): string[] {
  const diffs: string[] = [];
  for (const model of dm.models) {
    const table = tableOf(model);
    const fields = model.fields.filter((f) => f.kind !== "object");
    const cols = db.columns.filter((c) => c.table === table);
    for (const f of fields) {
      const where = `${table}.${columnOf(f)}`;
      const col = cols.find((c) => c.column === columnOf(f));
      if (!col) {
        diffs.push(`${where}: column missing in the database`);
        continue;
      }
      const type = expectedType(f, dm);
      if (unquote(col.type) !== type) diffs.push(`${where}: type ${unquote(col.type)}, schema says ${type}`);
      // Prisma's own migrations create scalar lists without NOT NULL (prisma/prisma#4729),
      // so only non-list columns are held to isRequired.
      if (!f.isList && col.notNull !== f.isRequired) {
        diffs.push(`${where}: ${col.notNull ? "NOT NULL" : "nullable"}, schema says ${f.isRequired ? "required" : "optional"}`);
      }
      const want = expectedDefault(f);
      if (want.kind === "none" && col.default !== null) diffs.push(`${where}: database default ${col.default}, schema has none`);
      if (want.kind !== "none" && col.default === null) diffs.push(`${where}: no database default, schema has one`);
      if (want.kind === "value" && col.default !== null && normaliseDefault(col.default) !== want.value) {
        diffs.push(`${where}: database default ${col.default}, schema says ${want.value}`);
      }
    }
    for (const c of cols) {
      if (!fields.some((f) => columnOf(f) === c.column)) diffs.push(`${table}.${c.column}: column is not in the schema`);
    }
  }
  return diffs;
}

function compareEnums(dm: Datamodel, db: Catalog): string[] {
  const diffs: string[] = [];
  const dbNames = [...new Set(db.enums.map((e) => e.name))];
  for (const e of dm.enums) {
    const name = e.dbName ?? e.name;
    if (!dbNames.includes(name)) {
      diffs.push(`enum ${name}: missing in the database`);
      continue;
    }
    const want = e.values.map((v) => v.dbName ?? v.name);
    const have = db.enums.filter((x) => x.name === name).map((x) => x.value);
    if (!sameSet(want, have)) diffs.push(`enum ${name}: database has [${have.join(", ")}], schema says [${want.join(", ")}]`);
  }
  for (const name of dbNames) {
    if (!dm.enums.some((e) => (e.dbName ?? e.name) === name)) diffs.push(`enum ${name}: not in the schema`);
  }
  return diffs;
}

/** Prisma's index naming: `Table_col1_col2_key|idx`, `Table_pkey` (unless `map:` names it). */
function expectedIndexes(dm: Datamodel) {
  return dm.indexes
    .filter((i) => i.type !== "fulltext")
    .map((i) => {
      const model = dm.models.find((m) => m.name === i.model)!;
      const table = tableOf(model);
      const columns = i.fields.map((f) => columnOf(model.fields.find((x) => x.name === f.name)!));
      const suffix = i.type === "id" ? "pkey" : i.type === "unique" ? "key" : "idx";
      const name = i.dbName ?? (i.type === "id" ? `${table}_pkey` : `${table}_${columns.join("_")}_${suffix}`);
      return { table, name, columns, type: i.type };
    });
}

function compareIndexes(dm: Datamodel, db: Catalog, type: "id" | "unique" | "normal"): string[] {
  const kindOf = (i: Catalog["indexes"][number]) => (i.primary ? "id" : i.unique ? "unique" : "normal");
  const want = expectedIndexes(dm).filter((i) => i.type === type);
  const have = db.indexes.filter((i) => kindOf(i) === type);
  const key = (i: { table: string; name: string; columns: string[] }) => `${i.table}(${i.columns.join(", ")}) as ${i.name}`;
  const label = { id: "primary key", unique: "unique index", normal: "index" }[type];
  const haveKeys = have.map(key);
  const wantKeys = want.map(key);
  return [
    ...wantKeys.filter((k) => !haveKeys.includes(k)).map((k) => `${label} ${k}: missing in the database`),
    ...haveKeys.filter((k) => !wantKeys.includes(k)).map((k) => `${label} ${k}: not in the schema`),
  ];
}

function compareForeignKeys(dm: Datamodel, db: Catalog): string[] {
  const want = dm.models.flatMap((model) =>
    model.fields
      .filter((f) => f.kind === "object" && (f.relationFromFields?.length ?? 0) > 0)
      .map((f) => {
        const target = dm.models.find((m) => m.name === f.type)!;
        const columns = f.relationFromFields!.map((n) => columnOf(model.fields.find((x) => x.name === n)!));
        const optional = f.relationFromFields!.some((n) => !model.fields.find((x) => x.name === n)!.isRequired);
        return {
          table: tableOf(model),
          name: `${tableOf(model)}_${columns.join("_")}_fkey`,
          columns,
          refTable: tableOf(target),
          refColumns: f.relationToFields!.map((n) => columnOf(target.fields.find((x) => x.name === n)!)),
          // Prisma's defaults: Restrict for required relations, SetNull for optional; Cascade on update.
          onDelete: f.relationOnDelete ?? (optional ? "SetNull" : "Restrict"),
          onUpdate: f.relationOnUpdate ?? "Cascade",
        };
      }),
  );
  const have = db.foreignKeys.map((k) => ({
    ...k,
    onDelete: REFERENTIAL_ACTIONS[k.onDelete] ?? k.onDelete,
    onUpdate: REFERENTIAL_ACTIONS[k.onUpdate] ?? k.onUpdate,
  }));
  const key = (k: (typeof want)[number]) =>
    `${k.name}: ${k.table}(${k.columns.join(", ")}) -> ${k.refTable}(${k.refColumns.join(", ")}) ON DELETE ${k.onDelete} ON UPDATE ${k.onUpdate}`;
  const haveKeys = have.map(key);
  const wantKeys = want.map(key);
  return [
    ...wantKeys.filter((k) => !haveKeys.includes(k)).map((k) => `foreign key ${k}: missing or different in the database`),
    ...haveKeys.filter((k) => !wantKeys.includes(k)).map((k) => `foreign key ${k}: not in the schema`),
  ];
}

function compareAll(dm: Datamodel, db: Catalog): string[] {
  return [
    ...compareTables(dm, db),
    ...compareColumns(dm, db),
    ...compareEnums(dm, db),
    ...compareIndexes(dm, db, "id"),
    ...compareIndexes(dm, db, "unique"),
    ...compareIndexes(dm, db, "normal"),
    ...compareForeignKeys(dm, db),
  ];
}

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
      .replace(/position Int\s+@default\(0\)/, "position Int @default(1)")
      .replace(/(model Company \{[^}]*?)\n\}/s, "$1\n  vatNumber String?\n  @@index([name])\n}")
      .replace(/onDelete: Restrict\)\n  requirements RoleRequirement\[\]/, "onDelete: Cascade)\n  requirements RoleRequirement[]")
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
