// The address a request came from. The app's server (scripts/server.ts) sets
// CLIENT_ADDRESS_HEADER on every request from the socket, or, when TRUST_PROXY
// is on, from the proxy's X-Forwarded-For; whatever a client sent under that
// name is overwritten, so a forged header changes nothing.
export const CLIENT_ADDRESS_HEADER = "x-rolemap-client-address";
export const REQUEST_ID_HEADER = "x-request-id";

/** The client address for a socket address and an X-Forwarded-For value. */
export function clientAddressFrom(socketAddress: string | undefined, forwardedFor: string | undefined, trustProxy: boolean): string | null {
  if (trustProxy && forwardedFor) {
    // The right-most entry is the one our own proxy appended: the only one it vouches for.
    const hops = forwardedFor.split(",").map((s) => s.trim()).filter(Boolean);
    const last = hops[hops.length - 1];
    if (last) return last;
  }
  return socketAddress ?? null;
}
