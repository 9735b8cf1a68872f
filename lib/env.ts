// The one place that reads process.env. Everything is validated here so that a
// bad value is a clear start-up error, not a surprise at the first request.
import { z } from "zod";

const zFlag = z
  .enum(["1", "0", "true", "false", "yes", "no", ""])
  .optional()
  .transform((v) => v === "1" || v === "true" || v === "yes");

const zEnv = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  /** PostgreSQL connection string. Unset: the embedded database in DATA_DIR. */
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, "DATABASE_URL must start with postgresql://")
    .optional(),
  /** Embedded database and generated secrets. `memory://` keeps everything in memory (tests). */
  DATA_DIR: z.string().min(1).default("./.data"),
  /** Signs session cookies. Required with DATABASE_URL; generated into DATA_DIR otherwise. */
  AUTH_SECRET: z.string().min(32, "AUTH_SECRET must be at least 32 characters").optional(),
  /** Public base URL (used by next-auth and in e-mailed links). */
  NEXTAUTH_URL: z.string().url().optional(),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  /** Interface the server listens on. Default: 127.0.0.1 on the embedded database, every interface with DATABASE_URL. */
  HOST: z.string().min(1).optional(),
  /** Trust X-Forwarded-For from a reverse proxy in front of the app. */
  TRUST_PROXY: zFlag,
  /** smtp://user:pass@host:port — unset: password-reset links are written to the server log. */
  SMTP_URL: z.string().url().optional(),
  /** Without SMTP: write e-mails (reset links included) to the log. Default on for the embedded database, off with DATABASE_URL. */
  MAIL_TO_LOG: z.enum(["on", "off"]).optional(),
  MAIL_FROM: z.string().default("Rolemap <no-reply@rolemap.local>"),
  LOG_LEVEL: z.enum(["debug", "info", "warn", "error"]).default("info"),
  /** Demo accounts on an empty embedded database (default on; never with DATABASE_URL). */
  DEMO_DATA: z.enum(["on", "off"]).default("on"),
  /** Test runs only: PostgreSQL server URL under which a fresh test database is made. */
  TEST_DATABASE_URL: z.string().optional(),
  /** Test runs only (CI): the run must be on PostgreSQL; a missing TEST_DATABASE_URL is an error, not a silent embedded run. */
  REQUIRE_POSTGRES: zFlag,
  /** Sign-in limits (README, "Sign-in limits"): failed attempts per window. */
  SIGNIN_MAX_PER_PAIR: z.coerce.number().int().min(1).default(5),
  SIGNIN_MAX_PER_ACCOUNT: z.coerce.number().int().min(1).default(20),
  SIGNIN_MAX_PER_ADDRESS: z.coerce.number().int().min(1).default(20),
  SIGNIN_WINDOW_MINUTES: z.coerce.number().int().min(1).default(15),
  SIGNIN_MAX_DELAY_SECONDS: z.coerce.number().int().min(1).default(60),
  /** Multiplies every per-address limit; for test setups where all clients share one address. */
  ADDRESS_LIMIT_FACTOR: z.coerce.number().int().min(1).default(1),
  APP_VERSION: z.string().optional(),
  npm_package_version: z.string().optional(),
  NEXT_PHASE: z.string().optional(),
  NEXT_RUNTIME: z.string().optional(),
});

export type Env = z.infer<typeof zEnv>;

function readEnv(): Env {
  const parsed = zEnv.safeParse(process.env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`);
    throw new Error(`Invalid environment configuration:\n${lines.join("\n")}`);
  }
  return parsed.data;
}

export const env: Env = readEnv();

// next-auth reads NEXTAUTH_URL itself; give it the same default the app uses.
process.env.NEXTAUTH_URL ??= `http://localhost:${env.PORT}`;

export const isEmbedded = !env.DATABASE_URL;
export const listenHost = env.HOST ?? (isEmbedded ? "127.0.0.1" : "0.0.0.0");
export const mailToLog = (env.MAIL_TO_LOG ?? (isEmbedded ? "on" : "off")) === "on";
export const publicUrl = env.NEXTAUTH_URL ?? `http://localhost:${env.PORT}`;
export const isBuildPhase = env.NEXT_PHASE === "phase-production-build";
export const appVersion = env.APP_VERSION ?? env.npm_package_version ?? "0.1.0";
