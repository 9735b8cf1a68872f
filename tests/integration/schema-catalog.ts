// Reads the parts of a PostgreSQL catalogue that prisma/schema.prisma
// describes: tables, columns, enums, indexes, foreign keys and CHECKs of the
// current schema. The queries run on PostgreSQL 15 and PGlite (18) alike.
import { database } from "@/lib/db";

// ---------- the database side (catalogue) ----------

export interface Catalog {
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

export async function readCatalog(): Promise<Catalog> {
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
