// The address a request came from. Only the app's own server (scripts/server.ts)
// knows it: it sets CLIENT_ADDRESS_HEADER on every request from the socket (or,
// with TRUST_PROXY, from the proxy's X-Forwarded-For), overwriting whatever a
// client sent under that name, and marks this process as served by it.
//
// Without that server (plain `next start` or `next dev`) the header is the
// client's own word, so it is ignored and the address is unknown (null): the
// per-address limits then do not apply, the per-account ones still do.
export const CLIENT_ADDRESS_HEADER = "x-rolemap-client-address";
export const REQUEST_ID_HEADER = "x-request-id";

const SERVED_BY_APP_SERVER = Symbol.for("rolemap.servedByAppServer");

/** Called once by scripts/server.ts: from now on CLIENT_ADDRESS_HEADER is the server's word. */
export function markServedByAppServer(): void {
  (globalThis as Record<symbol, unknown>)[SERVED_BY_APP_SERVER] = true;
}

export function isServedByAppServer(): boolean {
  return (globalThis as Record<symbol, unknown>)[SERVED_BY_APP_SERVER] === true;
}

/** The client address from a request's headers, or null when no trusted server set it. */
export function trustedClientAddress(header: (name: string) => string | null | undefined): string | null {
  if (!isServedByAppServer()) return null;
  return header(CLIENT_ADDRESS_HEADER) || null;
}

/** The client address for a socket address and an X-Forwarded-For value (used by scripts/server.ts). */
export function clientAddressFrom(socketAddress: string | undefined, forwardedFor: string | undefined, trustProxy: boolean): string | null {
  if (trustProxy && forwardedFor) {
    // The right-most entry is the one our own proxy appended: the only one it vouches for.
    const hops = forwardedFor.split(",").map((s) => s.trim()).filter(Boolean);
    const last = hops[hops.length - 1];
    if (last) return last;
  }
  return socketAddress ?? null;
}
