// The parts of a Next.js request that server actions read, for calling actions
// directly in integration tests: request headers, a cookie jar, and who is
// signed in. The session is still checked against the database
// (getActiveSessionUser), exactly as lib/auth/session.ts does after next-auth
// has read the cookie; only the cookie itself is faked.
import { getActiveSessionUser, type SessionUser } from "@/lib/server/sessions";

export const fakeRequest = {
  headers: new Map<string, string>(),
  cookies: new Map<string, string>(),
  sessionId: null as string | null,
};

export function actAs(user: SessionUser | null, clientAddress?: string): void {
  fakeRequest.sessionId = user?.sessionId ?? null;
  fakeRequest.cookies.clear();
  fakeRequest.headers.clear();
  if (clientAddress) fakeRequest.headers.set("x-rolemap-client-address", clientAddress);
}

export const nextHeadersModule = {
  headers: async () => new Headers(Object.fromEntries(fakeRequest.headers)),
  cookies: async () => ({
    get: (name: string) => (fakeRequest.cookies.has(name) ? { name, value: fakeRequest.cookies.get(name)! } : undefined),
    set: (name: string, value: string) => void fakeRequest.cookies.set(name, value),
    delete: (name: string) => void fakeRequest.cookies.delete(name),
  }),
};

export const nextCacheModule = { revalidatePath: () => undefined, revalidateTag: () => undefined };

export const sessionModule = {
  getSession: async (): Promise<SessionUser | null> =>
    fakeRequest.sessionId ? getActiveSessionUser(fakeRequest.sessionId) : null,
  requireRole: () => {
    throw new Error("requireRole is for pages; actions read the session through getSession");
  },
};

/** next-intl's server translator, reduced to "namespace.key" (the mail texts are not under test here). */
export const nextIntlServerModule = {
  getTranslations: async ({ namespace }: { namespace: string }) => (key: string) => `${namespace}.${key}`,
  getLocale: async () => "en",
};
