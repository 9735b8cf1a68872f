import "server-only";
// Company profile reads and writes, scoped to the companies the actor belongs to.
import { db } from "@/lib/db";
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
            select: { role: true, user: { select: { name: true, email: true } } },
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
    members: company.members.map((m) => ({ name: m.user.name, email: m.user.email, role: m.role })),
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
