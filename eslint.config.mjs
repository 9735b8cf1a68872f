import nextCoreWebVitals from "eslint-config-next/core-web-vitals";
import nextTypescript from "eslint-config-next/typescript";

// The walls of STYLE.md, enforced: a crossed wall fails `npm run lint` (and so `npm test`).
const wall = (group, message) => ({ group, message });
const DB = wall(["@/lib/db", "**/lib/db"], "Only lib/server/** touches the database (STYLE.md rule 2).");
const GENERATED = wall(
  ["@/lib/generated/**", "**/lib/generated/**"],
  "The generated Prisma client stays in lib/server; enums come from lib/views/vocabulary.",
);
const SERVER = wall(["@/lib/server/**", "**/lib/server/**"], "This layer must not reach the data layer (lib/server).");
const APP = wall(["@/app/**", "**/app/**"], "Components import actions from lib/actions and types from lib/views, never from app/.");
const SERVER_SIDE = wall(
  ["@/lib/auth/**", "@/lib/actions/**", "@/lib/env", "next/headers", "next/cache"],
  "Pure code (lib/domain, lib/validations, lib/views) imports nothing server-side.",
);
const USE_SERVER = {
  selector: "ExpressionStatement[directive='use server']",
  message: "Server actions live in lib/actions/<area>/ and are made with defineAction (lib/actions/safe-action.ts).",
};

const config = [
  ...nextCoreWebVitals,
  ...nextTypescript,
  {
    ignores: [".next/**", ".next-*/**", "dist/**", "node_modules/**", "lib/generated/**", ".data/**", "test-results/**", "playwright-report/**", "next-env.d.ts"],
  },
  {
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_", destructuredArrayIgnorePattern: "^_" }],
    },
  },
  {
    files: ["app/**/*.{ts,tsx}", "components/**/*.{ts,tsx}", "lib/**/*.{ts,tsx}"],
    ignores: ["lib/actions/**"],
    rules: { "no-restricted-syntax": ["error", USE_SERVER] },
  },
  {
    files: ["app/**/*.{ts,tsx}"],
    rules: { "no-restricted-imports": ["error", { patterns: [DB, GENERATED] }] },
  },
  {
    files: ["components/**/*.{ts,tsx}"],
    rules: { "no-restricted-imports": ["error", { patterns: [DB, GENERATED, SERVER, APP] }] },
  },
  {
    files: ["lib/actions/**/*.ts"],
    rules: { "no-restricted-imports": ["error", { patterns: [DB, GENERATED, APP] }] },
  },
  {
    files: ["lib/domain/**/*.ts", "lib/validations/**/*.ts"],
    rules: { "no-restricted-imports": ["error", { patterns: [DB, GENERATED, SERVER, APP, SERVER_SIDE] }] },
  },
  {
    files: ["lib/views/**/*.ts"],
    rules: { "no-restricted-imports": ["error", { patterns: [DB, SERVER, APP, SERVER_SIDE] }] },
  },
  {
    // Playwright fixtures call their `use` argument, which is no React hook.
    files: ["tests/e2e/**/*.ts"],
    rules: { "react-hooks/rules-of-hooks": "off" },
  },
  {
    files: ["scripts/**/*.cjs"],
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
];

export default config;
