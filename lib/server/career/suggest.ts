import "server-only";
// Suggestions from pasted text: the skills and roles whose labels (or
// alternative labels) a CV mentions, and the roles closest to a job title.
// PostgreSQL's English and Russian text search turns both sides into lexemes
// (word forms included); lib/domain/text-match.ts compares them. Nothing
// leaves the server, and nothing is saved: the candidate confirms each.
import { db } from "@/lib/db";
import { closestByTitle, findLabelled, type LabelledItem, type LexemePositions } from "@/lib/domain/text-match";
import { pick, type LocaleCode } from "@/lib/domain/taxonomy";
import { cachedTaxonomy } from "@/lib/server/taxonomy/cache";
import type { SuggestInput } from "@/lib/validations/career";
import type { SuggestionsView } from "@/lib/views/career";

const CONFIGS = ["english", "russian"] as const;
type Config = (typeof CONFIGS)[number];
const SKILLS_MAX = 30;
const ROLES_MAX = 5;

interface LabelIndex {
  skills: Record<Config, LabelledItem[]>;
  roles: Record<Config, LabelledItem[]>;
  names: Map<string, { labelEn: string; labelRu: string }>;
}

type LabelRow = { id: string; cfg: Config; lexemes: string[] };

/** Every active skill's and role's labels as lexemes, per dictionary; once per taxonomy revision. */
function labelIndex(): Promise<LabelIndex> {
  return cachedTaxonomy("career-label-index", async () => {
    const [skillRows, roleRows, skills, roles] = await Promise.all([
      db.$queryRaw<LabelRow[]>`
        SELECT s."id", l."cfg",
               ARRAY(SELECT u."lexeme" FROM unnest(to_tsvector(l."cfg"::regconfig, l."label")) u ORDER BY u."positions"[1]) AS "lexemes"
        FROM "Skill" s
        CROSS JOIN LATERAL (
          SELECT 'english' AS "cfg", x AS "label" FROM unnest(array_prepend(s."labelEn", s."altLabelsEn")) x
          UNION ALL SELECT 'russian', x FROM unnest(array_prepend(s."labelRu", s."altLabelsRu")) x
        ) l
        WHERE s."status" = 'ACTIVE' AND l."label" <> ''
        ORDER BY s."position", s."slug"`,
      db.$queryRaw<LabelRow[]>`
        SELECT r."id", l."cfg",
               ARRAY(SELECT u."lexeme" FROM unnest(to_tsvector(l."cfg"::regconfig, l."label")) u ORDER BY u."positions"[1]) AS "lexemes"
        FROM "Role" r
        CROSS JOIN LATERAL (SELECT 'english' AS "cfg", r."labelEn" AS "label" UNION ALL SELECT 'russian', r."labelRu") l
        WHERE r."status" = 'ACTIVE' AND l."label" <> ''
        ORDER BY r."position", r."slug"`,
      db.skill.findMany({ where: { status: "ACTIVE" }, select: { id: true, labelEn: true, labelRu: true } }),
      db.role.findMany({ where: { status: "ACTIVE" }, select: { id: true, labelEn: true, labelRu: true } }),
    ]);
    const group = (rows: LabelRow[], cfg: Config): LabelledItem[] => {
      const items = new Map<string, string[][]>();
      for (const r of rows) if (r.cfg === cfg) items.set(r.id, [...(items.get(r.id) ?? []), r.lexemes]);
      return [...items].map(([id, labels]) => ({ id, labels }));
    };
    const names = new Map<string, { labelEn: string; labelRu: string }>();
    for (const row of [...skills, ...roles]) names.set(row.id, row);
    return {
      skills: { english: group(skillRows, "english"), russian: group(skillRows, "russian") },
      roles: { english: group(roleRows, "english"), russian: group(roleRows, "russian") },
      names,
    };
  });
}

/** The text's lexemes with their positions, per dictionary. */
async function lexemesOf(text: string): Promise<Record<Config, LexemePositions>> {
  const rows = await db.$queryRaw<{ cfg: Config; lexeme: string; positions: number[] }[]>`
    SELECT 'english' AS "cfg", "lexeme", "positions"::int[] AS "positions" FROM unnest(to_tsvector('english', ${text}))
    UNION ALL
    SELECT 'russian', "lexeme", "positions"::int[] FROM unnest(to_tsvector('russian', ${text}))`;
  const out = { english: new Map<string, number[]>(), russian: new Map<string, number[]>() };
  for (const r of rows) out[r.cfg].set(r.lexeme, r.positions);
  return out;
}

/** Merges per-dictionary matches: an item keeps its best score. */
function merged<T extends { id: string }>(lists: T[][], score: (m: T) => number): T[] {
  const best = new Map<string, T>();
  for (const m of lists.flat()) {
    const seen = best.get(m.id);
    if (!seen || score(m) > score(seen)) best.set(m.id, m);
  }
  return [...best.values()].sort((a, b) => score(b) - score(a));
}

export async function suggestBackground(input: SuggestInput, locale: LocaleCode): Promise<SuggestionsView> {
  const [index, text] = await Promise.all([labelIndex(), lexemesOf(input.text)]);
  const name = (id: string) => pick(index.names.get(id)!, "label", locale);
  if (input.mode === "title") {
    const roles = merged(
      CONFIGS.map((cfg) => closestByTitle(text[cfg], index.roles[cfg])),
      (m) => m.coverage,
    );
    return { skills: [], roles: roles.slice(0, ROLES_MAX).map((r) => ({ id: r.id, label: name(r.id) })) };
  }
  const skills = merged(
    CONFIGS.map((cfg) => findLabelled(text[cfg], index.skills[cfg])),
    (m) => m.hits,
  );
  const roles = merged(
    CONFIGS.map((cfg) => findLabelled(text[cfg], index.roles[cfg])),
    (m) => m.hits,
  );
  return {
    skills: skills.slice(0, SKILLS_MAX).map((s) => ({ id: s.id, label: name(s.id) })),
    roles: roles.slice(0, ROLES_MAX).map((r) => ({ id: r.id, label: name(r.id) })),
  };
}
