import "server-only";
// The one way to make a server action. A server action is a public POST
// endpoint: anyone can call it with any arguments, whatever the UI offers.
// defineAction() does, in this order and for every action:
//   1. reads the session through the one session helper and checks the role;
//   2. parses the argument (a plain object or FormData) with the action's zod
//      schema: a second argument, a wrong type, an unknown key or an oversized
//      value is a clear error and the handler never runs;
//   3. applies the action's rate limits (per client address, per user);
//   4. runs the handler, and turns an unexpected exception into a generic
//      message with the request id (logged with its stack).
// The handler gets the parsed input, the user and the client address only.
// Next's own redirect()/notFound()/forbidden() pass through untouched.
import { randomUUID } from "node:crypto";
import { headers } from "next/headers";
import { unstable_rethrow } from "next/navigation";
import type { z } from "zod";
import { REQUEST_ID_HEADER, trustedClientAddress } from "@/lib/auth/client-address";
import { getSession, type SessionUser } from "@/lib/auth/session";
import { env } from "@/lib/env";
import { message } from "@/lib/i18n/message";
import { log, logError } from "@/lib/log";
import { hitBucket } from "@/lib/server/rate-limit";
import { fail, invalidInput, type Result } from "@/lib/validations/result";
import type { UserRole } from "@/lib/views/vocabulary";

/** Who may call: anybody (the user may be null), any signed-in user, or the roles listed. */
export type Audience = "anyone" | "signed-in" | readonly [UserRole, ...UserRole[]];

export interface RateLimit {
  /** Part of the counter's key: limits of one action with different names count apart. */
  name: string;
  /** "address": per client address (skipped when the address is unknown); "user": per signed-in user. */
  by: "address" | "user";
  max: number;
  windowMinutes: number;
}

export interface ActionDefinition<S extends z.ZodType, A extends Audience> {
  /** The action's name in logs and rate-limit keys: the exported name without "Action". */
  name: string;
  roles: A;
  input: S;
  limits?: readonly RateLimit[];
}

export interface ActionContext<S extends z.ZodType, A extends Audience> {
  input: z.output<S>;
  user: A extends "anyone" ? SessionUser | null : SessionUser;
  clientAddress: string | null;
  requestId: string;
}

/** What a component calls. The declared parameter is what the form sends; the server accepts anything and checks it. */
export type GuardedAction<S extends z.ZodType, T> = (
  ...args: undefined extends z.input<S> ? [input?: z.input<S> | FormData] : [input: z.input<S> | FormData]
) => Promise<Result<T>>;

/**
 * For <form action={…}> (works without JavaScript): such a form ignores the
 * action's answer, which React's types express as a void result.
 */
export function formAction<S extends z.ZodType, T>(action: GuardedAction<S, T>): (formData: FormData) => Promise<void> {
  return action as unknown as (formData: FormData) => Promise<void>;
}

/** Where tests find an action's definition (tests/integration/actions.test.ts). */
export const ACTION_DEFINITION = Symbol.for("rolemap.actionDefinition");

/** FormData as a plain object: one key, one string (a repeated key becomes a list); React's own fields are dropped. */
function formDataToObject(form: FormData): Record<string, unknown> | null {
  const out: Record<string, unknown> = Object.create(null);
  for (const [key, value] of form.entries()) {
    if (key.startsWith("$ACTION")) continue;
    if (typeof value !== "string") return null; // no action takes a file yet
    const seen = out[key];
    out[key] = seen === undefined ? value : Array.isArray(seen) ? [...seen, value] : [seen, value];
  }
  return out;
}

function isAllowed(user: SessionUser | null, roles: Audience): "ok" | "unauthorized" | "forbidden" {
  if (roles === "anyone") return "ok";
  if (!user) return "unauthorized";
  if (roles === "signed-in" || roles.includes(user.role)) return "ok";
  return "forbidden";
}

async function overLimit(
  limits: readonly RateLimit[],
  action: string,
  user: SessionUser | null,
  clientAddress: string | null,
): Promise<string | null> {
  for (const limit of limits) {
    const subject = limit.by === "address" ? clientAddress : user?.id;
    if (!subject) continue;
    const max = limit.by === "address" ? limit.max * env.ADDRESS_LIMIT_FACTOR : limit.max;
    const bucket = await hitBucket(`action:${action}:${limit.name}:${subject}`, limit.windowMinutes);
    if (bucket.count > max) {
      return message("errors.tooManyRequests", { minutes: Math.max(1, Math.ceil(bucket.retryAfterSeconds / 60)) });
    }
  }
  return null;
}

export function defineAction<S extends z.ZodType, A extends Audience, T>(
  definition: ActionDefinition<S, A>,
  handler: (context: ActionContext<S, A>) => Promise<Result<T>>,
): GuardedAction<S, T> {
  const action = async (...args: unknown[]): Promise<Result<T>> => {
    const started = Date.now();
    const requestHeaders = await headers();
    const requestId = requestHeaders.get(REQUEST_ID_HEADER) ?? randomUUID();
    const clientAddress = trustedClientAddress((name) => requestHeaders.get(name));
    const user = await getSession();
    const done = (result: Result<T>, outcome: string): Result<T> => {
      log("info", "action", {
        action: definition.name,
        outcome,
        userId: user?.id ?? null,
        requestId,
        ms: Date.now() - started,
      });
      return result;
    };

    const allowed = isAllowed(user, definition.roles);
    if (allowed !== "ok") return done(fail(`errors.${allowed}`), allowed);

    const raw = args[0] instanceof FormData ? formDataToObject(args[0]) : args[0];
    if (args.length > 1 || raw === null) return done(fail("errors.invalidInput"), "invalid");
    const parsed = definition.input.safeParse(raw);
    if (!parsed.success) return done(invalidInput(parsed.error), "invalid");

    const limited = await overLimit(definition.limits ?? [], definition.name, user, clientAddress);
    if (limited) return done(fail(limited), "rate_limited");

    try {
      const context = { input: parsed.data, user, clientAddress, requestId } as ActionContext<S, A>;
      const result = await handler(context);
      return done(result, result.ok ? "ok" : "refused");
    } catch (error) {
      unstable_rethrow(error);
      logError("action.failed", error, { action: definition.name, requestId });
      return done(fail(message("errors.unexpectedWithId", { id: requestId })), "error");
    }
  };
  Object.defineProperty(action, ACTION_DEFINITION, { value: definition });
  return action as GuardedAction<S, T>;
}
