import "server-only";
// The one session helper. Every page, action and route handler that needs to
// know who is asking calls getSession() or requireRole(); the proxy only
// redirects early and is not the check.
import { getServerSession } from "next-auth";
import { forbidden, redirect } from "next/navigation";
import { cache } from "react";
import { authOptions } from "@/lib/auth/options";
import type { UserRole } from "@/lib/views/vocabulary";
import { getActiveSessionUser, type SessionUser } from "@/lib/server/sessions";

export type { SessionUser };

/** The signed-in user, checked against the server-side session row; null when anonymous. */
export const getSession = cache(async (): Promise<SessionUser | null> => {
  const session = await getServerSession(authOptions());
  if (!session?.sid) return null;
  return getActiveSessionUser(session.sid);
});

/** For pages: redirects anonymous visitors to sign in, and answers 403 to the wrong role. */
export async function requireRole(...roles: UserRole[]): Promise<SessionUser> {
  const user = await getSession();
  if (!user) redirect("/sign-in");
  if (roles.length > 0 && !roles.includes(user.role)) forbidden();
  return user;
}
