// Sign-in limits (lib/server/sign-in-limits.ts): a stranger cannot lock the
// owner out, yet guesses stay few.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { signIn } from "@/lib/server/accounts";
import { concurrencyTest } from "./databases";
import { makeAdmin, makeCandidate, signInAs, uniqueAddress, uniqueEmail } from "./helpers";

const WRONG = "Not-the-password-1";
const perPair = env.SIGNIN_MAX_PER_PAIR;
const perAccount = env.SIGNIN_MAX_PER_ACCOUNT;
const perAddress = env.SIGNIN_MAX_PER_ADDRESS;

/** Moves the account bucket's last failure back in time, as if `seconds` had passed. */
async function wait(email: string, seconds: number): Promise<void> {
  await db.$executeRaw`UPDATE "RateLimitBucket" SET "lastHitAt" = "lastHitAt" - make_interval(secs => ${seconds}::int)
    WHERE "key" = ${`signin:account:${email}`}`;
}

describe("per (account, address) pair", () => {
  it(`${perPair} failures from one address lock only that address: the owner, an admin, gets in from another`, async () => {
    const owner = await makeAdmin();
    const stranger = uniqueAddress();
    const left: (number | null)[] = [];
    for (let i = 0; i < perPair; i++) {
      const result = await signIn(owner.email, `${WRONG}${i}`, stranger, null);
      expect(result).toMatchObject({ ok: false, code: "invalid_credentials" });
      if (!result.ok && result.code === "invalid_credentials") left.push(result.attemptsLeft);
    }
    expect(left).toEqual(Array.from({ length: perPair }, (_, i) => perPair - 1 - i));

    // The stranger is now refused even with the right password…
    const again = await signIn(owner.email, owner.password, stranger, null);
    expect(again).toMatchObject({ ok: false, code: "rate_limited", scope: "pair" });
    if (!again.ok && again.code === "rate_limited") {
      expect(again.retryAfterSeconds).toBeGreaterThan(0);
      expect(again.retryAfterSeconds).toBeLessThanOrEqual(env.SIGNIN_WINDOW_MINUTES * 60);
    }
    // …while the owner signs in from an address that has not been failing.
    expect(await signIn(owner.email, owner.password, uniqueAddress(), null)).toMatchObject({ ok: true });
  });

  it("counts down the same way for an e-mail nobody has, so the countdown tells nothing", async () => {
    const address = uniqueAddress();
    const known = await makeCandidate();
    const unknown = uniqueEmail("nobody");
    for (let i = 0; i < perPair; i++) {
      const a = await signIn(known.email, WRONG, address, null);
      const b = await signIn(unknown, WRONG, address, null);
      expect(a).toEqual(b);
    }
    expect(await signIn(known.email, WRONG, address, null)).toEqual(await signIn(unknown, WRONG, address, null));
  });

  it("a success from an address clears its pair", async () => {
    const account = await makeCandidate();
    const address = uniqueAddress();
    for (let i = 0; i < perPair - 1; i++) await signIn(account.email, WRONG, address, null);
    expect(await signIn(account.email, account.password, address, null)).toMatchObject({ ok: true });
    for (let i = 0; i < perPair - 1; i++) {
      expect(await signIn(account.email, WRONG, address, null)).toMatchObject({ code: "invalid_credentials" });
    }
    expect(await signIn(account.email, account.password, address, null)).toMatchObject({ ok: true });
  });
});

describe("per address", () => {
  it(`blocks an address after ${perAddress} failures across accounts, and only that address`, async () => {
    const sprayer = uniqueAddress();
    for (let i = 0; i < perAddress; i++) {
      expect(await signIn(uniqueEmail(`spray${i}`), WRONG, sprayer, null)).toMatchObject({ code: "invalid_credentials" });
    }
    const victim = await makeCandidate();
    expect(await signIn(victim.email, victim.password, sprayer, null)).toMatchObject({ ok: false, code: "rate_limited", scope: "address" });
    expect(await signIn(victim.email, victim.password, uniqueAddress(), null)).toMatchObject({ ok: true });
  });
});

describe("per account, from many addresses", () => {
  it(`past ${perAccount} failures, each further attempt waits a growing delay; a familiar address does not`, async () => {
    const owner = await makeCandidate();
    // The owner has signed in from home before.
    const home = uniqueAddress();
    await signInAs(owner, home);

    // A crowd of addresses, each failing once (no pair or address limit is reached).
    for (let i = 0; i < perAccount; i++) {
      expect(await signIn(owner.email, WRONG, uniqueAddress(), null)).toMatchObject({ code: "invalid_credentials" });
    }
    // The next attempt from anywhere new must wait a second first, and is not checked.
    const refused = await signIn(owner.email, owner.password, uniqueAddress(), null);
    // (1 s is also the floor: a refusal never says "wait 0 seconds".)
    expect(refused).toEqual({ ok: false, code: "rate_limited", scope: "account", retryAfterSeconds: 1 });

    // After the wait one attempt is let through; the next delay is longer, and so on.
    const delays: number[] = [];
    for (let i = 0; i < 4; i++) {
      await wait(owner.email, 3600);
      expect(await signIn(owner.email, WRONG, uniqueAddress(), null)).toMatchObject({ code: "invalid_credentials" });
      const next = await signIn(owner.email, WRONG, uniqueAddress(), null);
      expect(next).toMatchObject({ ok: false, code: "rate_limited", scope: "account" });
      if (!next.ok && next.code === "rate_limited") delays.push(next.retryAfterSeconds);
    }
    // 2, 4, 8, 16 s (a second less where the checks themselves took a moment).
    delays.forEach((delay, i) => {
      expect(delay).toBeLessThanOrEqual(2 ** (i + 1));
      expect(delay).toBeGreaterThanOrEqual(2 ** (i + 1) - 1);
    });

    // The owner at home is not slowed down.
    expect(await signIn(owner.email, owner.password, home, null)).toMatchObject({ ok: true });
  });

  it(`the delay never exceeds ${env.SIGNIN_MAX_DELAY_SECONDS} s`, async () => {
    const account = await makeCandidate();
    await db.rateLimitBucket.create({
      data: { key: `signin:account:${account.email}`, count: perAccount + 40, windowStart: new Date(), lastHitAt: new Date() },
    });
    const result = await signIn(account.email, account.password, uniqueAddress(), null);
    expect(result).toMatchObject({ ok: false, code: "rate_limited", scope: "account" });
    if (!result.ok && result.code === "rate_limited") {
      expect(result.retryAfterSeconds).toBeLessThanOrEqual(env.SIGNIN_MAX_DELAY_SECONDS);
      expect(result.retryAfterSeconds).toBeGreaterThan(env.SIGNIN_MAX_DELAY_SECONDS - 5);
    }
  });
});

describe("guesses sent at the same moment", () => {
  concurrencyTest("from one address: no more passwords are checked than the pair allows", async () => {
    const account = await makeCandidate();
    const attacker = uniqueAddress();
    const results = await Promise.all(
      Array.from({ length: 4 * perPair }, (_, i) => signIn(account.email, `${WRONG}-${i}`, attacker, null)),
    );
    const checked = results.filter((r) => !r.ok && r.code === "invalid_credentials").length;
    expect(checked).toBe(perPair);
    expect(results.filter((r) => !r.ok && r.code === "rate_limited")).toHaveLength(results.length - checked);
  });

  concurrencyTest("from many addresses past the account's free failures: one attempt takes the slot", async () => {
    const account = await makeCandidate();
    for (let i = 0; i < perAccount; i++) await signIn(account.email, WRONG, uniqueAddress(), null);
    await wait(account.email, 3600);
    const results = await Promise.all(Array.from({ length: 8 }, () => signIn(account.email, WRONG, uniqueAddress(), null)));
    expect(results.filter((r) => !r.ok && r.code === "invalid_credentials")).toHaveLength(1);
    expect(results.filter((r) => !r.ok && r.code === "rate_limited")).toHaveLength(7);
  });
});
