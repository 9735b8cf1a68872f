// The discrimination lint of job postings against a corpus of flagged and
// ordinary posting sentences (tests/unit/fixtures/posting-lint-corpus.json).
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { LINT_CATEGORIES, lintPostingFields, lintPostingText, type LintFinding } from "@/lib/domain/posting-lint";
import corpusFile from "./fixtures/posting-lint-corpus.json";

const zCorpus = z.object({
  flagged: z.array(z.object({ text: z.string().min(1), category: z.enum(LINT_CATEGORIES) })).min(35),
  ordinary: z.object({ en: z.array(z.string().min(1)).min(30), ru: z.array(z.string().min(1)).min(30) }),
});
const corpus = zCorpus.parse(corpusFile);

const CYRILLIC = /[\u0400-\u04FF]/;
const categories = (text: string) => lintPostingText(text).map((f) => f.category);

/** Each finding slices back to its match, in order of position, none overlapping. */
function expectWellFormed(text: string, findings: LintFinding[]) {
  findings.forEach((f, i) => {
    expect(text.slice(f.start, f.end)).toBe(f.match);
    expect(f.end).toBeGreaterThan(f.start);
    if (i > 0) expect(f.start).toBeGreaterThanOrEqual(findings[i - 1]!.end);
  });
}

describe("the corpus", () => {
  it("has flagged examples of every category in both languages", () => {
    for (const category of LINT_CATEGORIES) {
      const texts = corpus.flagged.filter((f) => f.category === category).map((f) => f.text);
      expect(texts.some((t) => CYRILLIC.test(t)), `${category} in Russian`).toBe(true);
      expect(texts.some((t) => !CYRILLIC.test(t)), `${category} in English`).toBe(true);
    }
  });
});

describe("lintPostingText", () => {
  it.each(corpus.flagged.map((f) => [f.category, f.text] as const))("flags %s in %j", (category, text) => {
    const findings = lintPostingText(text);
    expect(findings.map((f) => f.category)).toContain(category);
    expectWellFormed(text, findings);
  });

  it.each([...corpus.ordinary.en, ...corpus.ordinary.ru])("passes the ordinary %j", (text) => {
    expect(lintPostingText(text)).toEqual([]);
  });

  it("reports each requirement of a sentence separately, in order", () => {
    const text = "Ищем девушку до 30 лет, без детей, славянской внешности.";
    const findings = lintPostingText(text);
    expect(findings.map((f) => [f.category, f.match])).toEqual([
      ["sex", "девушку"],
      ["age", "до 30 лет"],
      ["family", "без детей"],
      ["appearance", "славянской внешности"],
    ]);
    expectWellFormed(text, findings);
  });

  it("ignores case and ё, and returns the author's own spelling", () => {
    const findings = lintPostingText("ТРЕБОВАНИЯ: ПРАВОСЛАВНЫЙ, ВОЦЕРКОВЛЁННЫЙ");
    expect(findings.map((f) => [f.category, f.match])).toEqual([
      ["religion", "ПРАВОСЛАВНЫЙ"],
      ["religion", "ВОЦЕРКОВЛЁННЫЙ"],
    ]);
  });

  it("finds a requirement inside a longer description at its position", () => {
    const text = "Ведение Telegram-канала бренда.\nТребования: опыт от 2 лет, возраст до 35 лет.\nУдалённая работа.";
    const [finding] = lintPostingText(text);
    expect(finding?.category).toBe("age");
    expect(finding?.start).toBe(text.indexOf("возраст"));
    expect(finding?.match).toBe("возраст до 35 лет");
  });

  it("allows the minimum working age alone but not an upper limit", () => {
    expect(categories("Кандидат от 18 лет, оформление по ТК.")).toEqual([]);
    expect(categories("Candidates must be over 18.")).toEqual([]);
    expect(categories("Кандидат от 18 до 30 лет.")).toEqual(["age"]);
    expect(categories("Candidates aged 18-25.")).toEqual(["age"]);
  });

  it("returns nothing for an empty text", () => {
    expect(lintPostingText("")).toEqual([]);
  });

  it("lints a 100 KB posting in one pass with every finding in place", () => {
    // No timing here: the rules avoid nested unbounded quantifiers; this shows
    // a long text (ordinary sentences with a requirement in each block) works.
    const block = `${[...corpus.ordinary.en, ...corpus.ordinary.ru].join(" ")}\nТолько девушки.\n`;
    const text = block.repeat(Math.ceil(100_000 / block.length));
    const findings = lintPostingText(text);
    expect(text.length).toBeGreaterThanOrEqual(100_000);
    expect(findings).toHaveLength(Math.ceil(100_000 / block.length));
    expect(new Set(findings.map((f) => f.category))).toEqual(new Set(["sex"]));
    expectWellFormed(text, findings);
  });

  it.each([
    ["a 100 KB run of spaces", `Ищем ${" ".repeat(100_000)}девушку до 30 лет`, ["sex", "age"]],
    ["a 100 KB word", "а".repeat(100_000), []],
    ["a 100 KB number", "1".repeat(100_000), []],
    ["a 100 KB run of punctuation and white space", `возраст${" -,(\n\t".repeat(16_000)}`, []],
    ["a cue and an adjective repeated 8,000 times", "ищем молодой ".repeat(8_000), []],
  ])("lints %s", (_name, text, expected) => {
    expect(categories(text)).toEqual(expected);
  });
});

describe("lintPostingFields", () => {
  it("names the field, and the item of a list field, of each finding", () => {
    const findings = lintPostingFields({
      titleEn: "Community Manager",
      titleRu: "Комьюнити-менеджер (девушка)",
      descriptionEn: undefined,
      screeningQuestions: ["What is your favourite community tool?", "Are you married?", "What is your marital status?"],
    });
    expect(findings.map((f) => [f.field, f.category])).toEqual([
      ["titleRu", "sex"],
      ["screeningQuestions.2", "family"],
    ]);
  });
});
