// Compares prisma/schema.prisma (its DMMF, from Prisma's wasm parser) with the
// catalogue of a migrated database. Used by schema-match.test.ts; every
// compare function returns the differences as readable lines.
import { get_dmmf } from "@prisma/prisma-schema-wasm";
import type { Catalog } from "./schema-catalog";

export type { Catalog };

// ---------- the schema side (DMMF) ----------

export interface DmmfField {
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
export interface DmmfModel {
  name: string;
  dbName: string | null;
  fields: DmmfField[];
  primaryKey: { name: string | null; fields: string[] } | null;
}
export interface DmmfEnum {
  name: string;
  dbName?: string | null;
  values: { name: string; dbName: string | null }[];
}
export interface DmmfIndex {
  model: string;
  type: "id" | "unique" | "normal" | "fulltext";
  dbName?: string | null;
  fields: { name: string }[];
}
export interface Datamodel {
  models: DmmfModel[];
  enums: DmmfEnum[];
  indexes: DmmfIndex[];
}

export function datamodelOf(source: string): Datamodel {
  const dmmf = JSON.parse(get_dmmf(JSON.stringify({ prismaSchema: [["schema.prisma", source]] }))) as {
    datamodel: Datamodel;
  };
  // The DMMF leaves out Unsupported("…") fields; read them from the source so they are compared too.
  for (const model of dmmf.datamodel.models) {
    const body = new RegExp(`^model ${model.name} \\{([\\s\\S]*?)^\\}`, "m").exec(source)?.[1] ?? "";
    for (const m of body.matchAll(/^\s*(\w+)\s+Unsupported\("(\w+)"\)(\?)?/gm)) {
      model.fields.push({ name: m[1]!, kind: "unsupported", type: m[2]!, isList: false, isRequired: !m[3], isUpdatedAt: false, hasDefaultValue: false });
    }
  }
  return dmmf.datamodel;
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

const NATIVE_TYPES: Record<string, string> = { Date: "date" };

function expectedType(f: DmmfField, dm: Datamodel): string {
  let base: string;
  if (f.kind === "enum") {
    const e = dm.enums.find((x) => x.name === f.type)!;
    base = e.dbName ?? e.name;
  } else if (f.kind === "unsupported") {
    base = f.type; // Unsupported("tsvector"): the database's own type name
  } else if (f.nativeType) {
    const [name, args] = f.nativeType;
    // The native types the schema uses; any other shows up as a difference to look at.
    base = NATIVE_TYPES[name] && args.length === 0 ? NATIVE_TYPES[name] : `@db.${name}(${args.join(",")})`;
  } else {
    base = SCALAR_TYPES[f.type] ?? `unmapped Prisma type ${f.type}`;
  }
  return f.isList ? `${base}[]` : base;
}

export function compareTables(dm: Datamodel, db: Catalog): string[] {
  const models = dm.models.map(tableOf);
  return [
    ...models.filter((m) => !db.tables.includes(m)).map((m) => `table "${m}" is in the schema but not in the database`),
    ...db.tables.filter((t) => !models.includes(t)).map((t) => `table "${t}" is in the database but not in the schema`),
  ];
}

export function compareColumns(dm: Datamodel, db: Catalog): string[] {
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

export function compareEnums(dm: Datamodel, db: Catalog): string[] {
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

export function compareIndexes(dm: Datamodel, db: Catalog, type: "id" | "unique" | "normal"): string[] {
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

export function compareForeignKeys(dm: Datamodel, db: Catalog): string[] {
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

export function compareAll(dm: Datamodel, db: Catalog): string[] {
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
