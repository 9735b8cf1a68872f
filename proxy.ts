// Runs before every page and route (on Node.js):
// - sets the Content-Security-Policy with a fresh nonce, and HSTS when the
//   public address is https;
// - refuses a server-action POST from another origin (403) or with a body
//   over the limit (413) with a plain reason, where Next would answer 500;
// - sends visitors without a session cookie from private pages to sign-in early.
// The last is a convenience only: every page, action and route handler checks
// the session itself (lib/auth/session.ts, lib/actions/safe-action.ts).
import { NextResponse, type NextRequest } from "next/server";
import { ACTION_BODY_LIMIT_BYTES } from "@/lib/actions/body-limit";
import { isSessionCookie, newNonce } from "@/lib/auth/page-security";
import { publicUrl } from "@/lib/env";

const PRIVATE_PREFIXES = ["/profile", "/career", "/applications", "/saved", "/company", "/admin", "/account"];
const HSTS = publicUrl.startsWith("https://") ? "max-age=63072000; includeSubDomains" : null;

function contentSecurityPolicy(nonce: string): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}

/** A POST that Next will run as a server action: by header (fetch) or as a plain form post (no JavaScript). */
function isActionPost(request: NextRequest): boolean {
  if (request.method !== "POST") return false;
  if (request.headers.has("next-action")) return true;
  const type = request.headers.get("content-type") ?? "";
  return !request.nextUrl.pathname.startsWith("/api/") && /^(multipart\/form-data|application\/x-www-form-urlencoded)/.test(type);
}

/** Why an action POST is refused, or null. A browser always sends Origin with a POST; a missing one is not a browser's request. */
function refuseAction(request: NextRequest): NextResponse | null {
  const origin = request.headers.get("origin");
  const host = request.headers.get("x-forwarded-host") ?? request.headers.get("host");
  let originHost: string | null = null;
  try {
    originHost = origin && origin !== "null" ? new URL(origin).host : origin;
  } catch {
    originHost = "invalid";
  }
  if (originHost !== null && originHost !== host) {
    return new NextResponse("Refused: this action was posted from another site.\n", { status: 403 });
  }
  if (Number(request.headers.get("content-length") ?? 0) > ACTION_BODY_LIMIT_BYTES) {
    return new NextResponse("Refused: the request is larger than the form can send.\n", { status: 413 });
  }
  return null;
}

/** An address that cannot name any page: a broken %-escape, or a control character (NUL…) once decoded. */
function isMalformedPath(pathname: string): boolean {
  try {
    return /[\u0000-\u001f\u007f]/.test(decodeURIComponent(pathname));
  } catch {
    return true;
  }
}

export function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  if (isActionPost(request)) {
    const refused = refuseAction(request);
    if (refused) return refused;
  }
  // Only page visits are redirected; a POST (an action) gets its own answer from the action's check.
  const isPrivate = request.method === "GET" && PRIVATE_PREFIXES.some((p) => pathname === p || pathname.startsWith(`${p}/`));
  if (isPrivate && !request.cookies.getAll().some((c) => isSessionCookie(c.name))) {
    const url = request.nextUrl.clone();
    url.pathname = "/sign-in";
    url.search = `?next=${encodeURIComponent(pathname + search)}`;
    return NextResponse.redirect(url);
  }

  const nonce = newNonce();
  const csp = contentSecurityPolicy(nonce);
  const headers = new Headers(request.headers);
  headers.set("x-nonce", nonce);
  headers.set("Content-Security-Policy", csp);
  // A malformed address gets the app's own 404 page (its layout, its language), not a bare 500 from the router.
  const response = isMalformedPath(pathname)
    ? NextResponse.rewrite(new URL("/_malformed-address", request.url), { request: { headers } })
    : NextResponse.next({ request: { headers } });
  response.headers.set("Content-Security-Policy", csp);
  if (HSTS) response.headers.set("Strict-Transport-Security", HSTS);
  return response;
}

export const config = {
  matcher: [{ source: "/((?!_next/static|_next/image|favicon.ico).*)" }],
};
