import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parse, TYPE, type MessageFormatElement } from "@formatjs/icu-messageformat-parser";
import { LOCALES, NAMESPACES } from "@/lib/i18n/config";
import { LINT_CATEGORIES } from "@/lib/domain/posting-lint";
import { POSTING_STATUSES, WORK_MODES, type SalaryProblem } from "@/lib/domain/posting-rules";
import { ADVISOR_REASON_CODES, ADVISOR_RECOMMENDATIONS } from "@/lib/domain/role-advisor";
import { EMPLOYMENT_TYPES, LANGUAGE_LEVELS, WIZARD_STEPS } from "@/lib/validations/posting";

const dir = path.resolve(__dirname, "../../lib/i18n/messages");

function flatten(value: unknown, prefix = ""): Record<string, string> {
  if (typeof value === "string") return { [prefix]: value };
  if (!value || typeof value !== "object") throw new Error(`Bad value at ${prefix}`);
  return Object.entries(value).reduce<Record<string, string>>(
    (acc, [k, v]) => Object.assign(acc, flatten(v, prefix ? `${prefix}.${k}` : k)),
    {},
  );
}

function catalogue(locale: string): Record<string, string> {
  return Object.assign(
    {},
    ...NAMESPACES.map((ns) => flatten(JSON.parse(fs.readFileSync(path.join(dir, locale, `${ns}.json`), "utf8")), ns)),
  );
}

describe("message catalogues", () => {
  const [en, ru] = LOCALES.map(catalogue) as [Record<string, string>, Record<string, string>];

  it("English and Russian have exactly the same keys", () => {
    const enKeys = Object.keys(en).sort();
    const ruKeys = Object.keys(ru).sort();
    expect(enKeys.filter((k) => !(k in ru)), "missing in ru").toEqual([]);
    expect(ruKeys.filter((k) => !(k in en)), "missing in en").toEqual([]);
  });

  it("every namespace file exists in every language and no text is empty", () => {
    for (const locale of LOCALES) {
      for (const ns of NAMESPACES) expect(fs.existsSync(path.join(dir, locale, `${ns}.json`))).toBe(true);
    }
    expect(Object.entries(en).filter(([, v]) => v.trim() === "")).toEqual([]);
    expect(Object.entries(ru).filter(([, v]) => v.trim() === "")).toEqual([]);
  });

  it("Russian texts are in Russian (Cyrillic), apart from names and codes", () => {
    const allowedLatin = new Set(["common.language.en", "editor.history.by", "editor.versions.by", "jobs.board.chipText"]);
    // A text of placeholders only ("{date}: {stage}") has no words to translate: its placeholders' names are code.
    const words = (v: string) => v.replace(/\{[a-zA-Z_]+\}/g, "");
    const latinOnly = Object.entries(ru).filter(
      ([k, v]) => !allowedLatin.has(k) && /[a-z]{3,}/.test(words(v)) && !/[а-яё]/i.test(v),
    );
    expect(latinOnly).toEqual([]);
  });

  it("every text is a valid ICU message, and the placeholders match between languages", () => {
    // The arguments a message takes ({name}, {count, plural, …}), read with the ICU parser next-intl uses.
    const vars = (s: string): string[] => {
      const walk = (nodes: MessageFormatElement[]): string[] =>
        nodes.flatMap((n) => {
          const own = "value" in n && typeof n.value === "string" && n.type !== TYPE.literal ? [n.value] : [];
          const branches = "options" in n ? Object.values(n.options).flatMap((o) => walk(o.value)) : [];
          const children = "children" in n ? walk(n.children) : [];
          return [...own, ...branches, ...children];
        });
      return [...new Set(walk(parse(s)))].sort();
    };
    const mismatched = Object.keys(en).filter((k) => JSON.stringify(vars(en[k]!)) !== JSON.stringify(vars(ru[k] ?? "")));
    expect(mismatched).toEqual([]);
  });

  it("every error key the schemas use exists", () => {
    const root = path.resolve(__dirname, "../..");
    const files = (dir: string): string[] =>
      fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(path.join(dir, e.name)) : [path.join(dir, e.name)]));
    const sources = ["lib/validations", "lib/server", "lib/actions", "lib/auth", "components"].flatMap((d) =>
      files(path.join(root, d)).map((f) => fs.readFileSync(f, "utf8")),
    );
    const keys = new Set(sources.flatMap((s) => [...s.matchAll(/"(errors\.[\w.]+)"/g)].map((m) => m[1]!)));
    // Template-built keys: errors.password.<problem>
    const missing = [...keys].filter((k) => !k.endsWith(".") && !(k in en));
    expect(missing).toEqual([]);
  });

  it("every key the postings build from a code exists: lint reasons, salary and place problems, advisor texts, enums", () => {
    const built = [
      ...LINT_CATEGORIES.map((c) => `errors.posting.lint.${c}`),
      ...(["amountMissing", "currencyMissing", "belowMin", "aboveMax", "reversed"] satisfies SalaryProblem[]).map((p) => `errors.posting.salary.${p}`),
      ...["workMode", "country", "city"].map((f) => `errors.posting.${f}Required`),
      ...ADVISOR_REASON_CODES.map((c) => `postings.advisor.reasons.${c.replace(".", "_")}`),
      ...ADVISOR_RECOMMENDATIONS.map((r) => `postings.advisor.recommendation.${r}`),
      ...POSTING_STATUSES.map((s) => `postings.status.${s}`),
      ...POSTING_STATUSES.map((s) => `postings.manage.statusHelp.${s}`),
      ...WORK_MODES.map((m) => `postings.workMode.${m}`),
      ...EMPLOYMENT_TYPES.map((e) => `postings.employmentType.${e}`),
      ...LANGUAGE_LEVELS.map((l) => `postings.languageLevel.${l}`),
      ...WIZARD_STEPS.map((s) => `postings.wizard.steps.${s}`),
    ];
    expect(built.filter((k) => !(k in en))).toEqual([]);
  });
});
