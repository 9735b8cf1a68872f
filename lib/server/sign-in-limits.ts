import "server-only";
// Limits on guessing passwords (README, "Sign-in limits"). Three counters of
// failed attempts, each in its own window:
// - per (account, address) pair, tight: a stranger who fails from one place
//   locks only that pair, never the owner elsewhere;
// - per address, across accounts: stops one place spraying many accounts;
// - per account, loose: past a number of failures from everywhere together,
//   each further attempt must wait a growing delay (1 s, 2 s, 4 s … capped), so
//   a crowd of addresses gets few guesses; an address the owner has signed in
//   from before skips this delay.
// Attempts are counted before the password is checked, so guesses sent all at
// once are numbered one by one and those past a limit are never checked.
import { createHmac } from "node:crypto";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { resolveAuthSecret } from "@/lib/server/data-dir";
import { claimSlot, clearBucket, hitBucket, unhitBucket } from "@/lib/server/rate-limit";

export type LimitScope = "pair" | "address" | "account";

export type Gate =
  | { open: true; attemptsLeft: number | null }
  | { open: false; scope: LimitScope; retryAfterSeconds: number };

const keys = (email: string, address: string | null) => ({
  pair: address ? `signin:pair:${email}|${address}` : null,
  address: address ? `signin:address:${address}` : null,
  account: `signin:account:${email}`,
});

/** A keyed hash of a client address: recognisable, not readable. */
export function addressHash(address: string | null): string | null {
  return address ? createHmac("sha256", resolveAuthSecret()).update(address).digest("base64url") : null;
}

/** Has the owner of `email` opened a session from this address before? */
async function isFamiliarAddress(email: string, address: string | null): Promise<boolean> {
  const hash = addressHash(address);
  if (!hash) return false;
  const found = await db.userSession.findFirst({ where: { addressHash: hash, user: { email } }, select: { id: true } });
  return found !== null;
}

/** Counts an attempt against every limit; says whether its password may be checked. */
export async function openSignInGate(email: string, address: string | null): Promise<Gate> {
  const k = keys(email, address);
  const window = env.SIGNIN_WINDOW_MINUTES;
  if (k.address) {
    const byAddress = await hitBucket(k.address, window);
    if (byAddress.count > env.SIGNIN_MAX_PER_ADDRESS * env.ADDRESS_LIMIT_FACTOR) {
      return { open: false, scope: "address", retryAfterSeconds: byAddress.retryAfterSeconds };
    }
  }
  let attemptsLeft: number | null = null;
  if (k.pair) {
    const byPair = await hitBucket(k.pair, window);
    if (byPair.count > env.SIGNIN_MAX_PER_PAIR) {
      return { open: false, scope: "pair", retryAfterSeconds: byPair.retryAfterSeconds };
    }
    attemptsLeft = env.SIGNIN_MAX_PER_PAIR - byPair.count;
  }
  if (await isFamiliarAddress(email, address)) {
    await hitBucket(k.account, window);
  } else {
    const slot = await claimSlot(k.account, window, env.SIGNIN_MAX_PER_ACCOUNT, env.SIGNIN_MAX_DELAY_SECONDS);
    if (!slot.ok) return { open: false, scope: "account", retryAfterSeconds: slot.retryAfterSeconds };
  }
  return { open: true, attemptsLeft };
}

/** After a right password: this attempt was no failure, and this place starts afresh. */
export async function signInSucceeded(email: string, address: string | null): Promise<void> {
  const k = keys(email, address);
  await Promise.all([
    k.pair ? clearBucket(k.pair) : null,
    k.address ? unhitBucket(k.address) : null,
    unhitBucket(k.account),
  ]);
}
