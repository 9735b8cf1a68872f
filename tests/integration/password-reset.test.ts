// Password reset by e-mailed link (lib/server/password-reset.ts). Without
// SMTP_URL (setup.ts unsets it) the mailer writes each message to stdout as a
// JSON line with event "mail.outbox"; the tests read the link from there.
import { createHash } from "node:crypto";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { signIn } from "@/lib/server/accounts";
import { requestPasswordReset, resetPassword, RESET_MAX_PER_HOUR } from "@/lib/server/password-reset";
import { hashPassword } from "@/lib/server/passwords";
import { getActiveSessionUser } from "@/lib/server/sessions";
import { concurrencyTest } from "./databases";
import { makeCandidate, signInAs, uniqueEmail, type Account } from "./helpers";

// The real hash, watched: a made-up reset token must not cost a memory-hard hash.
vi.mock("@/lib/server/passwords", async (importOriginal) => {
  const real = await importOriginal<typeof import("@/lib/server/passwords")>();
  return { ...real, hashPassword: vi.fn(real.hashPassword) };
});

const BASE_URL = "https://rolemap.example/";
const TEXT = {
  en: { subject: "Reset your password", body: (link: string) => `Open ${link} within an hour.` },
  ru: { subject: "Сброс пароля", body: (link: string) => `Откройте ${link} в течение часа.` },
};
const NEW_PASSWORD = "Fresh-start-2027";

interface OutboxMail {
  event: string;
  to: string;
  subject: string;
  text: string;
}
let outbox: OutboxMail[] = [];

beforeEach(() => {
  outbox = [];
  const write = process.stdout.write.bind(process.stdout);
  vi.spyOn(process.stdout, "write").mockImplementation(((chunk: string | Uint8Array, ...rest: unknown[]) => {
    for (const line of String(chunk).split("\n")) {
      if (!line.includes('"mail.outbox"')) continue;
      outbox.push(JSON.parse(line) as OutboxMail);
      return true; // keep reset links out of the test output
    }
    return (write as (...a: unknown[]) => boolean)(chunk, ...rest);
  }) as typeof process.stdout.write);
});
afterEach(() => {
  vi.restoreAllMocks();
});

/** Requests a reset for the account and returns the token from the e-mailed link. */
async function requestLink(account: Account): Promise<string> {
  const sent = outbox.length;
  await requestPasswordReset(account.email, BASE_URL, TEXT);
  expect(outbox.length).toBe(sent + 1);
  const mail = outbox[outbox.length - 1]!;
  expect(mail).toMatchObject({ to: account.email, subject: TEXT.en.subject });
  const link = /https:\/\/\S+/.exec(mail.text)?.[0];
  expect(link).toBeDefined();
  const url = new URL(link!);
  expect(`${url.origin}${url.pathname}`).toBe("https://rolemap.example/reset-password");
  const token = url.searchParams.get("token");
  expect(token).toBeTruthy();
  return token!;
}

const sha256 = (s: string) => createHash("sha256").update(s).digest("hex");

describe("requestPasswordReset()", () => {
  it("sends nothing and stores nothing for an unknown e-mail", async () => {
    const before = await db.passwordResetToken.count();
    await requestPasswordReset(uniqueEmail("stranger"), BASE_URL, TEXT);
    expect(outbox).toEqual([]);
    expect(await db.passwordResetToken.count()).toBe(before);
  });

  it("sends nothing to a disabled account", async () => {
    const account = await makeCandidate();
    await db.user.update({ where: { id: account.userId }, data: { disabled: true } });
    await requestPasswordReset(account.email, BASE_URL, TEXT);
    expect(outbox).toEqual([]);
    expect(await db.passwordResetToken.count({ where: { userId: account.userId } })).toBe(0);
  });

  it("writes the e-mail in the account's language", async () => {
    const account = await makeCandidate();
    await db.user.update({ where: { id: account.userId }, data: { locale: "ru" } });
    await requestPasswordReset(account.email, BASE_URL, TEXT);
    expect(outbox.at(-1)).toMatchObject({ to: account.email, subject: "Сброс пароля" });
    expect(outbox.at(-1)?.text).toMatch(/^Откройте https:\/\/rolemap\.example\/reset-password\?token=/);
  });

  it("sends at most RESET_MAX_PER_HOUR e-mails an hour to one address, then answers the same and sends nothing", async () => {
    const account = await makeCandidate();
    for (let i = 0; i < RESET_MAX_PER_HOUR; i++) await requestLink(account);
    await requestPasswordReset(account.email, BASE_URL, TEXT);
    expect(outbox).toHaveLength(RESET_MAX_PER_HOUR);
    expect(await db.passwordResetToken.count({ where: { userId: account.userId } })).toBe(RESET_MAX_PER_HOUR);
  });

  it("mails a one-hour link and stores only the token's hash", async () => {
    const account = await makeCandidate();
    const token = await requestLink(account);

    const rows = await db.passwordResetToken.findMany({ where: { userId: account.userId } });
    expect(rows).toHaveLength(1);
    expect(rows[0]!.tokenHash).toBe(sha256(token));
    expect(rows[0]!.usedAt).toBeNull();
    const minutes = (rows[0]!.expiresAt.getTime() - Date.now()) / 60_000;
    expect(minutes).toBeGreaterThan(55);
    expect(minutes).toBeLessThanOrEqual(60);
    // The token itself is nowhere in the table.
    expect(await db.passwordResetToken.count({ where: { tokenHash: token } })).toBe(0);
    expect(token.length).toBeGreaterThanOrEqual(40);
  });
});

describe("resetPassword()", () => {
  it("sets the new password, retires the old one and ends every session", async () => {
    const account = await makeCandidate();
    const laptop = await signInAs(account);
    const phone = await signInAs(account);
    const token = await requestLink(account);

    expect(await resetPassword(token, NEW_PASSWORD)).toEqual({ ok: true, value: null });

    expect(await getActiveSessionUser(laptop.sessionId)).toBeNull();
    expect(await getActiveSessionUser(phone.sessionId)).toBeNull();
    expect(await signIn(account.email, account.password, null, null)).toMatchObject({ ok: false, code: "invalid_credentials" });
    expect((await signIn(account.email, NEW_PASSWORD, null, null)).ok).toBe(true);
  });

  it("works once: the same link a second time is refused and changes nothing", async () => {
    const account = await makeCandidate();
    const token = await requestLink(account);
    expect((await resetPassword(token, NEW_PASSWORD)).ok).toBe(true);

    expect(await resetPassword(token, "Hijacked-pass-99")).toEqual({ ok: false, error: "errors.resetLinkInvalid" });
    expect((await signIn(account.email, NEW_PASSWORD, null, null)).ok).toBe(true);
    expect((await signIn(account.email, "Hijacked-pass-99", null, null)).ok).toBe(false);
  });

  concurrencyTest("refuses a link used twice at the same moment, except once", async () => {
    const account = await makeCandidate();
    const token = await requestLink(account);
    const results = await Promise.all([resetPassword(token, "Racer-one-pass-1"), resetPassword(token, "Racer-two-pass-2")]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.filter((r) => !r.ok)).toEqual([{ ok: false, error: "errors.resetLinkInvalid" }]);
  });

  it("a used link also retires the user's other outstanding links", async () => {
    const account = await makeCandidate();
    const older = await requestLink(account);
    const newer = await requestLink(account);
    expect((await resetPassword(newer, NEW_PASSWORD)).ok).toBe(true);
    expect(await resetPassword(older, "Other-pass-123")).toEqual({ ok: false, error: "errors.resetLinkInvalid" });
    expect((await signIn(account.email, NEW_PASSWORD, null, null)).ok).toBe(true);
  });

  it("refuses an expired link and keeps the old password", async () => {
    const account = await makeCandidate();
    const token = await requestLink(account);
    await db.passwordResetToken.updateMany({
      where: { tokenHash: sha256(token) },
      data: { expiresAt: new Date(Date.now() - 1000) },
    });
    expect(await resetPassword(token, NEW_PASSWORD)).toEqual({ ok: false, error: "errors.resetLinkInvalid" });
    expect((await signIn(account.email, account.password, null, null)).ok).toBe(true);
  });

  it("refuses the link of an account disabled after it was sent", async () => {
    const account = await makeCandidate();
    const token = await requestLink(account);
    await db.user.update({ where: { id: account.userId }, data: { disabled: true } });
    expect(await resetPassword(token, NEW_PASSWORD)).toEqual({ ok: false, error: "errors.resetLinkInvalid" });
    await db.user.update({ where: { id: account.userId }, data: { disabled: false } });
    expect((await signIn(account.email, account.password, null, null)).ok).toBe(true);
  });

  it("refuses a made-up token", async () => {
    const account = await makeCandidate();
    await requestLink(account);
    expect(await resetPassword("x".repeat(43), NEW_PASSWORD)).toEqual({ ok: false, error: "errors.resetLinkInvalid" });
    expect((await signIn(account.email, account.password, null, null)).ok).toBe(true);
  });
});

describe("a made-up, used or expired token", () => {
  it("is refused before any password is hashed", async () => {
    const account = await makeCandidate();
    const used = await requestLink(account);
    expect((await resetPassword(used, NEW_PASSWORD)).ok).toBe(true);
    vi.mocked(hashPassword).mockClear();
    for (const token of ["made-up-token-aaaaaaaaaaaaaaaaaaaaaaaaa", used]) {
      expect(await resetPassword(token, "Never-hashed-2027")).toEqual({ ok: false, error: "errors.resetLinkInvalid" });
    }
    expect(hashPassword).not.toHaveBeenCalled();
  });
});
