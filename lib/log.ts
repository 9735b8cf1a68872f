// Structured logs: one JSON line per event on stdout (errors on stderr).
// Keys that could carry a secret are dropped before anything is written.
import { env } from "@/lib/env";

type Level = "debug" | "info" | "warn" | "error";
const ORDER: Record<Level, number> = { debug: 10, info: 20, warn: 30, error: 40 };
const SECRET_KEY = /pass(word)?|hash|token|secret|cookie|authorization|credential/i;

export type LogFields = Record<string, unknown>;

function scrub(value: unknown, depth = 0): unknown {
  if (value === null || typeof value !== "object" || depth > 4) return value;
  if (value instanceof Error) return { name: value.name, message: value.message, stack: value.stack };
  if (Array.isArray(value)) return value.map((v) => scrub(v, depth + 1));
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) {
    out[k] = SECRET_KEY.test(k) ? "[redacted]" : scrub(v, depth + 1);
  }
  return out;
}

export function log(level: Level, event: string, fields: LogFields = {}): void {
  if (ORDER[level] < ORDER[env.LOG_LEVEL]) return;
  const line = JSON.stringify({ ts: new Date().toISOString(), level, event, ...(scrub(fields) as LogFields) });
  if (level === "error" || level === "warn") process.stderr.write(line + "\n");
  else process.stdout.write(line + "\n");
}

export function logError(event: string, error: unknown, fields: LogFields = {}): void {
  const e = error instanceof Error ? error : new Error(String(error));
  log("error", event, { ...fields, error: { name: e.name, message: e.message, stack: e.stack } });
}
