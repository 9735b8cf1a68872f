import "server-only";
// The company's team: the owner invites recruiters by e-mail (a one-time link
// valid for a week, sent as the reset link is), and removes members. A
// recruiter works on the company's postings, not on its profile or team.
import { createHash, randomBytes } from "node:crypto";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { log } from "@/lib/log";
import { sendMail } from "@/lib/server/mailer";
import { hashPassword } from "@/lib/server/passwords";
import type { SessionUser } from "@/lib/server/sessions";
import { isUniqueViolation, Refusal, transaction } from "@/lib/server/transaction";
import { fail, ok, type Result } from "@/lib/validations/result";
import type { InviteView, PendingInvite } from "@/lib/views/accounts";

export const INVITE_TTL_MS = 7 * 24 * 60 * 60 * 1000;
const sha256 = (token: string) => createHash("sha256").update(token).digest("hex");

/** The company the actor owns, read from the database. */
async function ownedCompany(actor: SessionUser): Promise<{ id: string; name: string } | null> {
  if (actor.role !== "EMPLOYER") return null;
  const m = await db.companyMember.findFirst({
    where: { userId: actor.id, role: "OWNER", user: { role: "EMPLOYER", disabled: false } },
    select: { company: { select: { id: true, name: true } } },
  });
  return m?.company ?? null;
}

async function ownerOnly(actor: SessionUser): Promise<Result<never>> {
  const member = actor.role === "EMPLOYER" && (await db.companyMember.findFirst({ where: { userId: actor.id }, select: { role: true } }));
  return fail(member ? "errors.ownerOnly" : "errors.notFound");
}

export interface InviteMail {
  subject: string;
  body: (link: string, company: string) => string;
}

/** Invites `email` to the owner's company; answers the link too, for an owner without working e-mail. */
export async function inviteRecruiter(actor: SessionUser, email: string, baseUrl: string, mail: InviteMail): Promise<Result<{ link: string }>> {
  const company = await ownedCompany(actor);
  if (!company) return ownerOnly(actor);
  const member = await db.companyMember.findFirst({ where: { companyId: company.id, user: { email } }, select: { userId: true } });
  if (member) return fail("errors.team.alreadyMember", { email: "errors.team.alreadyMember" });
  const token = randomBytes(32).toString("base64url");
  await db.$transaction([
    // One open invitation per address: a new one replaces the old link.
    db.companyInvite.deleteMany({ where: { companyId: company.id, email, acceptedAt: null } }),
    db.companyInvite.create({
      data: { companyId: company.id, email, tokenHash: sha256(token), invitedById: actor.id, expiresAt: new Date(Date.now() + INVITE_TTL_MS) },
    }),
  ]);
  const link = `${baseUrl.replace(/\/$/, "")}/invite/${encodeURIComponent(token)}`;
  log("info", "team.invited", { companyId: company.id, by: actor.id });
  await sendMail({ to: email, subject: mail.subject, text: mail.body(link, company.name) });
  return ok({ link });
}

export async function listPendingInvites(actor: SessionUser): Promise<PendingInvite[]> {
  const company = await ownedCompany(actor);
  if (!company) return [];
  const rows = await db.companyInvite.findMany({
    where: { companyId: company.id, acceptedAt: null, expiresAt: { gt: new Date() } },
    orderBy: { createdAt: "desc" },
    select: { id: true, email: true, expiresAt: true },
  });
  return rows.map((r) => ({ id: r.id, email: r.email, expiresAt: r.expiresAt.toISOString() }));
}

export async function revokeInvite(actor: SessionUser, inviteId: string): Promise<Result<null>> {
  const company = await ownedCompany(actor);
  if (!company) return ownerOnly(actor);
  const { count } = await db.companyInvite.deleteMany({ where: { id: inviteId, companyId: company.id, acceptedAt: null } });
  return count === 1 ? ok(null) : fail("errors.notFound");
}

/** The owner removes a recruiter; the owner cannot remove themself. Access ends at the recruiter's next request. */
export async function removeMember(actor: SessionUser, userId: string): Promise<Result<null>> {
  const company = await ownedCompany(actor);
  if (!company) return ownerOnly(actor);
  if (userId === actor.id) return fail("errors.team.cannotRemoveSelf");
  const { count } = await db.companyMember.deleteMany({ where: { companyId: company.id, userId, role: "RECRUITER" } });
  if (count === 1) log("info", "team.member_removed", { companyId: company.id, userId, by: actor.id });
  return count === 1 ? ok(null) : fail("errors.notFound");
}

/** What the invitation page shows; null for an unknown, used or expired link. */
export async function getInvite(token: string): Promise<InviteView | null> {
  const row = await db.companyInvite.findUnique({
    where: { tokenHash: sha256(token) },
    select: { email: true, expiresAt: true, acceptedAt: true, company: { select: { name: true } } },
  });
  if (!row || row.acceptedAt || row.expiresAt <= new Date()) return null;
  return { email: row.email, companyName: row.company.name };
}

/** Takes the invitation (once, atomically): the caller then adds the member. */
async function claimInvite(tx: Prisma.TransactionClient, token: string) {
  const claimed = await tx.$queryRaw<{ companyId: string; email: string }[]>`
    UPDATE "CompanyInvite" SET "acceptedAt" = now()
    WHERE "tokenHash" = ${sha256(token)} AND "acceptedAt" IS NULL AND "expiresAt" > now()
    RETURNING "companyId", "email"`;
  return claimed[0] ?? null;
}

/** A signed-in employer without a company, whose e-mail the invitation names, joins as a recruiter. */
export async function acceptInvite(actor: SessionUser, token: string): Promise<Result<{ companyId: string }>> {
  return transaction(async (tx) => {
    const invite = await claimInvite(tx, token);
    if (!invite) return fail("errors.team.inviteInvalid");
    if (invite.email !== actor.email) throw new Refusal(fail("errors.team.inviteOtherEmail"));
    // The user row locked for the check (as createMyCompany does): two invitations taken at once make one membership.
    const locked = await tx.$queryRaw<{ role: string }[]>`SELECT "role" FROM "User" WHERE "id" = ${actor.id} FOR UPDATE`;
    if (locked[0]?.role !== "EMPLOYER") throw new Refusal(fail("errors.team.inviteNotEmployer"));
    if (await tx.companyMember.findFirst({ where: { userId: actor.id }, select: { companyId: true } })) {
      throw new Refusal(fail("errors.alreadyInCompany"));
    }
    await tx.companyMember.create({ data: { companyId: invite.companyId, userId: actor.id, role: "RECRUITER" } });
    log("info", "team.joined", { companyId: invite.companyId, userId: actor.id });
    return ok({ companyId: invite.companyId });
  });
}

/** Someone without an account takes the invitation: an employer account for the invited e-mail, in the company. */
export async function signUpWithInvite(input: {
  token: string;
  name: string;
  password: string;
  locale: "en" | "ru";
}): Promise<Result<{ email: string }>> {
  const passwordHash = await hashPassword(input.password);
  try {
    return await transaction(async (tx) => {
      const invite = await claimInvite(tx, input.token);
      if (!invite) return fail("errors.team.inviteInvalid");
      if (await tx.user.findUnique({ where: { email: invite.email }, select: { id: true } })) {
        throw new Refusal(fail("errors.team.inviteHasAccount"));
      }
      const user = await tx.user.create({
        data: {
          email: invite.email,
          name: input.name,
          passwordHash,
          role: "EMPLOYER",
          locale: input.locale,
          memberships: { create: { companyId: invite.companyId, role: "RECRUITER" } },
        },
        select: { id: true },
      });
      log("info", "account.created", { userId: user.id, role: "EMPLOYER", companyId: invite.companyId, via: "invite" });
      return ok({ email: invite.email });
    });
  } catch (e) {
    if (isUniqueViolation(e)) return fail("errors.team.inviteHasAccount");
    throw e;
  }
}
