import "server-only";
// The candidate's own profile. Minimal for now: the career-map issue adds
// past roles and skills with levels.
import { db } from "@/lib/db";
import type { SessionUser } from "@/lib/server/sessions";
import type { Result } from "@/lib/validations/result";
import type { CandidateProfileInput } from "@/lib/validations/profile";
import type { CandidateProfileView } from "@/lib/views/accounts";

export async function getMyCandidateProfile(actor: SessionUser): Promise<CandidateProfileView | null> {
  const user = await db.user.findFirst({
    where: { id: actor.id, role: "CANDIDATE" },
    select: {
      name: true,
      email: true,
      locale: true,
      candidateProfile: { select: { headline: true, location: true, about: true } },
    },
  });
  if (!user) return null;
  return {
    name: user.name,
    email: user.email,
    locale: user.locale,
    headline: user.candidateProfile?.headline ?? null,
    location: user.candidateProfile?.location ?? null,
    about: user.candidateProfile?.about ?? null,
  };
}

export async function updateMyCandidateProfile(actor: SessionUser, input: CandidateProfileInput): Promise<Result<null>> {
  const { name, locale, ...profile } = input;
  const { count } = await db.user.updateMany({ where: { id: actor.id, role: "CANDIDATE" }, data: { name, locale } });
  if (count === 0) return { ok: false, error: "errors.notFound" };
  await db.candidateProfile.upsert({
    where: { userId: actor.id },
    create: { userId: actor.id, ...profile },
    update: profile,
  });
  return { ok: true, value: null };
}
