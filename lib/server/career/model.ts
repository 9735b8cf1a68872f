import "server-only";
// The taxonomy as the career map needs it: active roles with their
// requirements, the growth edges, every skill's labels, and where each role
// sits in the drawing. Read once per taxonomy revision (cachedTaxonomy), so a
// candidate's map costs only their own rows and the arithmetic.
import ELK from "elkjs/lib/elk.bundled.js";
import { db } from "@/lib/db";
import type { FitRequirement } from "@/lib/domain/career-fit";
import { cachedTaxonomy } from "@/lib/server/taxonomy/cache";
import type { GrowthKind, RoleFamily, Seniority, TaxonomyStatus } from "@/lib/views/vocabulary";

export const NODE_SIZE = { width: 200, height: 72 } as const;

export type ModelRole = {
  id: string;
  slug: string;
  family: RoleFamily;
  seniority: Seniority;
  position: number;
  labelEn: string;
  labelRu: string;
  summaryEn: string;
  summaryRu: string;
  requirements: FitRequirement[];
  x: number;
  y: number;
}

export type ModelEdge = {
  from: string;
  to: string;
  kind: GrowthKind;
  rationaleEn: string;
  rationaleRu: string;
}

export type ModelSkill = {
  id: string;
  slug: string;
  labelEn: string;
  labelRu: string;
  status: TaxonomyStatus;
}

export interface CareerModel {
  roles: ModelRole[];
  edges: ModelEdge[];
  skills: Map<string, ModelSkill>;
}

const RUNG: Record<Seniority, number> = { JUNIOR: 1, MIDDLE: 2, SENIOR: 3, LEAD: 4, HEAD: 5 };

/**
 * Rows by rung, drawn upward (ELK's layered layout with one partition per
 * rung): feeder professions at the bottom leading in, juniors above them, the
 * head of the ladder on top. Only the ladder's vertical edges and the feeders'
 * edges shape the rows; a bridge between two roles of one rung is drawn
 * sideways between them.
 */
async function layout(roles: Omit<ModelRole, "x" | "y">[], edges: ModelEdge[]): Promise<Map<string, { x: number; y: number }>> {
  const family = new Map(roles.map((r) => [r.id, r.family]));
  const elk = new ELK();
  const result = await elk.layout({
    id: "roles",
    layoutOptions: {
      "elk.algorithm": "layered",
      "elk.direction": "UP",
      "elk.partitioning.activate": "true",
      "elk.separateConnectedComponents": "false",
      "elk.layered.spacing.nodeNodeBetweenLayers": "64",
      "elk.spacing.nodeNode": "32",
    },
    children: roles.map((r) => ({
      id: r.id,
      ...NODE_SIZE,
      layoutOptions: { "elk.partitioning.partition": String(r.family === "FEEDER" ? 0 : RUNG[r.seniority]) },
    })),
    edges: edges
      .filter((e) => e.kind === "VERTICAL" || family.get(e.from) === "FEEDER")
      .map((e, i) => ({ id: `e${i}`, sources: [e.from], targets: [e.to] })),
  });
  return new Map((result.children ?? []).map((c) => [c.id, { x: Math.round(c.x ?? 0), y: Math.round(c.y ?? 0) }]));
}

async function loadModel(): Promise<CareerModel> {
  const [roleRows, edgeRows, skillRows] = await Promise.all([
    db.role.findMany({
      where: { status: "ACTIVE" },
      orderBy: [{ position: "asc" }, { slug: "asc" }],
      select: {
        id: true,
        slug: true,
        family: true,
        seniority: true,
        position: true,
        labelEn: true,
        labelRu: true,
        summaryEn: true,
        summaryRu: true,
        requirements: {
          orderBy: [{ position: "asc" }],
          select: { skillId: true, importance: true, minLevel: true, skill: { select: { status: true } } },
        },
      },
    }),
    db.growthEdge.findMany({
      where: { fromRole: { status: "ACTIVE" }, toRole: { status: "ACTIVE" } },
      orderBy: [{ kind: "asc" }, { id: "asc" }],
      select: { fromRoleId: true, toRoleId: true, kind: true, rationaleEn: true, rationaleRu: true },
    }),
    db.skill.findMany({ select: { id: true, slug: true, labelEn: true, labelRu: true, status: true } }),
  ]);
  const roles = roleRows.map(({ requirements, ...r }) => ({
    ...r,
    requirements: requirements.map((q) => ({ skillId: q.skillId, importance: q.importance, minLevel: q.minLevel, skillStatus: q.skill.status })),
  }));
  const edges = edgeRows.map((e) => ({ from: e.fromRoleId, to: e.toRoleId, kind: e.kind, rationaleEn: e.rationaleEn, rationaleRu: e.rationaleRu }));
  const positions = await layout(roles, edges);
  return {
    roles: roles.map((r) => ({ ...r, ...(positions.get(r.id) ?? { x: 0, y: 0 }) })),
    edges,
    skills: new Map(skillRows.map((s) => [s.id, s])),
  };
}

export function getCareerModel(): Promise<CareerModel> {
  return cachedTaxonomy("career-model", loadModel);
}
