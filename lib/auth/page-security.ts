// What proxy.ts and the public page cache (lib/server/page-cache.ts) must
// agree on: which cookies mean "signed in", and what a page's nonce is.

/** next-auth's session cookie, without and with the __Secure- prefix (https). */
export const SESSION_COOKIES = ["next-auth.session-token", "__Secure-next-auth.session-token"];

/** Also true for the numbered parts next-auth splits a large cookie into. */
export function isSessionCookie(name: string): boolean {
  return SESSION_COOKIES.some((c) => name === c || name.startsWith(`${c}.`));
}

/** A fresh Content-Security-Policy nonce: 122 random bits, base64. */
export function newNonce(): string {
  return Buffer.from(crypto.randomUUID()).toString("base64");
}
