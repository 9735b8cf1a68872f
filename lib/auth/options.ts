import "server-only";
// next-auth configuration: e-mail + password, JWT cookie that names a
// server-side session row (lib/server/sessions.ts). Nothing else imports
// next-auth's server API: pages and actions go through lib/auth/session.ts.
import type { AuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { env } from "@/lib/env";
import { log, logError } from "@/lib/log";
import { signIn } from "@/lib/server/accounts";
import { resolveAuthSecret } from "@/lib/server/data-dir";
import { revokeSession, SESSION_MAX_AGE_SECONDS } from "@/lib/server/sessions";
import { zSignInInput } from "@/lib/validations/auth";
import { REQUEST_ID_HEADER, trustedClientAddress } from "@/lib/auth/client-address";
import { encodeSignInFailure } from "@/lib/auth/sign-in-errors";

declare module "next-auth" {
  interface User {
    sid: string;
  }
  interface Session {
    sid?: string;
  }
}
declare module "next-auth/jwt" {
  interface JWT {
    sid?: string;
  }
}

function header(headers: unknown, name: string): string | null {
  if (!headers) return null;
  if (headers instanceof Headers) return headers.get(name);
  const value = (headers as Record<string, string | string[] | undefined>)[name];
  return (Array.isArray(value) ? value[0] : value) ?? null;
}

let cached: AuthOptions | undefined;

export function authOptions(): AuthOptions {
  if (cached) return cached;
  cached = {
    secret: resolveAuthSecret(),
    session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_SECONDS },
    useSecureCookies: env.NEXTAUTH_URL?.startsWith("https://") ?? false,
    pages: { signIn: "/sign-in", error: "/sign-in" },
    providers: [
      CredentialsProvider({
        name: "email",
        credentials: { email: { type: "email" }, password: { type: "password" } },
        async authorize(credentials, req) {
          // next-auth adds its own fields (csrfToken, callbackUrl…): only these two are ours.
          const parsed = zSignInInput.safeParse({ email: credentials?.email, password: credentials?.password });
          if (!parsed.success) throw new Error("invalid_credentials");
          const result = await signIn(
            parsed.data.email,
            parsed.data.password,
            trustedClientAddress((name) => header(req.headers, name)),
            header(req.headers, "user-agent"),
            header(req.headers, REQUEST_ID_HEADER),
          );
          if (!result.ok) throw new Error(encodeSignInFailure(result, env.SIGNIN_WINDOW_MINUTES));
          return { id: result.userId, sid: result.sessionId };
        },
      }),
    ],
    callbacks: {
      jwt({ token, user }) {
        if (user) token.sid = user.sid;
        // Keep the cookie free of personal data: the session row has the rest.
        return { sub: token.sub, sid: token.sid };
      },
      session({ session, token }) {
        return { expires: session.expires, sid: token.sid };
      },
    },
    // next-auth's own messages go to the structured log like everything else.
    logger: {
      error: (code, metadata) => logError(`auth.${code}`, metadata instanceof Error ? metadata : new Error(String(code))),
      warn: (code) => log("warn", "auth.warning", { code }),
      debug: () => undefined,
    },
    events: {
      async signOut({ token }) {
        if (token?.sid) await revokeSession(token.sid);
      },
    },
  };
  return cached;
}
