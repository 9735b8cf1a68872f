import "server-only";
// Whether a group, skill or role is in use, so that it can only be deprecated,
// not deleted: by the taxonomy itself, by postings, and by candidates'
// backgrounds. Deleting and reverting a creation both ask here.
import type { Tx } from "@/lib/server/taxonomy/docs";

export async function itemInUse(tx: Tx, entity: "GROUP" | "SKILL" | "ROLE", key: string): Promise<boolean> {
  if (entity === "GROUP") return (await tx.skill.count({ where: { group: { slug: key } } })) > 0;
  if (entity === "SKILL") {
    const where = { skill: { slug: key } };
    const counts = await Promise.all([tx.roleRequirement.count({ where }), tx.postingSkill.count({ where }), tx.candidateSkill.count({ where })]);
    return counts.some((n) => n > 0);
  }
  const where = { role: { slug: key } };
  const counts = await Promise.all([
    tx.growthEdge.count({ where: { OR: [{ fromRole: { slug: key } }, { toRole: { slug: key } }] } }),
    tx.jobPosting.count({ where }),
    tx.candidateRole.count({ where }),
  ]);
  return counts.some((n) => n > 0);
}
