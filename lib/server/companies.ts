import "server-only";
// Company profile reads and writes, scoped to the companies the actor belongs to.
import { db } from "@/lib/db";
import { log } from "@/lib/log";
import type { SessionUser } from "@/lib/server/sessions";
import type { Result } from "@/lib/validations/result";
import type { CompanyProfileFields } from "@/lib/validations/profile";
import type { CompanyProfileView } from "@/lib/views/accounts";

/** The company the actor is a member of (an employer belongs to one company for now). */
export async function getMyCompany(actor: SessionUser): Promise<CompanyProfileView | null> {
  if (actor.role !== "EMPLOYER") return null;
  // The role is read from the database too: a stale actor of a demoted employer gets nothing.
  const membership = await db.companyMember.findFirst({
    where: { userId: actor.id, user: { role: "EMPLOYER" } },
    orderBy: { createdAt: "asc" },
    select: {
      role: true,
      company: {
        select: {
          id: true,
          name: true,
          website: true,
          size: true,
          description: true,
          members: {
            orderBy: { createdAt: "asc" },
            select: { role: true, userId: true, user: { select: { name: true, email: true } } },
          },
        },
      },
    },
  });
  if (!membership) return null;
  const { company } = membership;
  return {
    id: company.id,
    name: company.name,
    website: company.website,
    size: company.size,
    description: company.description,
    myRole: membership.role,
    members: company.members.map((m) => ({ userId: m.userId, name: m.user.name, email: m.user.email, role: m.role })),
  };
}

/** Updates a company's profile; only its owner may. A foreign or unknown id answers not found. */
export async function updateCompanyProfile(
  actor: SessionUser,
  companyId: string,
  input: CompanyProfileFields,
): Promise<Result<null>> {
  if (actor.role !== "EMPLOYER") return { ok: false, error: "errors.notFound" };
  const { count } = await db.company.updateMany({
    where: { id: companyId, members: { some: { userId: actor.id, role: "OWNER", user: { role: "EMPLOYER" } } } },
    data: input,
  });
  if (count === 0) {
    const isMember = await db.companyMember.findFirst({
      where: { companyId, userId: actor.id, user: { role: "EMPLOYER" } },
      select: { role: true },
    });
    return { ok: false, error: isMember ? "errors.ownerOnly" : "errors.notFound" };
  }
  return { ok: true, value: null };
}

/**
 * Creates a company owned by the actor, an employer who belongs to none (an
 * admin made them an employer, or they left one). One per employer: two
 * requests at once make one company (the user row is locked for the check).
 */
export async function createMyCompany(actor: SessionUser, name: string): Promise<Result<{ companyId: string }>> {
  return db.$transaction(async (tx) => {
    const locked = await tx.$queryRaw<{ role: string }[]>`SELECT "role" FROM "User" WHERE "id" = ${actor.id} FOR UPDATE`;
    if (locked[0]?.role !== "EMPLOYER") return { ok: false, error: "errors.notFound" } as const;
    if (await tx.companyMember.findFirst({ where: { userId: actor.id }, select: { companyId: true } })) {
      return { ok: false, error: "errors.alreadyInCompany" } as const;
    }
    const company = await tx.company.create({
      data: { name, members: { create: { userId: actor.id, role: "OWNER" } } },
      select: { id: true },
    });
    log("info", "company.created", { userId: actor.id, companyId: company.id });
    return { ok: true, value: { companyId: company.id } } as const;
  });
}
