// Where people land: each role's home page, and the one rule for following a
// `next` address after sign-in without becoming an open redirect.
import type { UserRole } from "@/lib/views/vocabulary";

export const HOME_BY_ROLE: Record<UserRole, string> = {
  CANDIDATE: "/profile",
  EMPLOYER: "/company",
  ADMIN: "/admin",
};

export function homeFor(role: UserRole): string {
  return HOME_BY_ROLE[role];
}

/** The app's pages a sign-in may lead back to (each with what lies below it). */
const APP_SECTIONS = ["/jobs", "/roles", "/profile", "/career", "/applications", "/saved", "/company", "/admin", "/account", "/notices", "/invite"];

// Any origin of our own would do: `next` must resolve to the same one.
const BASE = new URL("http://rolemap.invalid/");

function isAppPath(pathname: string): boolean {
  return pathname === "/" || APP_SECTIONS.some((s) => pathname === s || pathname.startsWith(`${s}/`));
}

/**
 * A `next` value made safe: resolved with the URL parser (the browser's rules:
 * control characters dropped, backslashes as slashes) against our own origin,
 * accepted only when the origin is unchanged and the path is one of the app's
 * pages; returned re-serialised as a path, so what the browser follows is what
 * was checked. Anything else is null (the caller falls back to the role's home).
 */
export function safeNextPath(value: unknown): string | null {
  if (typeof value !== "string" || value.length === 0 || value.length > 2048) return null;
  let url: URL;
  try {
    url = new URL(value, BASE);
  } catch {
    return null;
  }
  if (url.origin !== BASE.origin || url.username || url.password) return null;
  // "//host" would be read by a browser as another origin.
  if (url.pathname.startsWith("//") || !isAppPath(url.pathname)) return null;
  return `${url.pathname}${url.search}${url.hash}`;
}
