// Finding taxonomy labels in pasted text, on lexemes (lib/domain/text-match.ts).
// The lexemes here are what PostgreSQL's english and russian dictionaries make
// of the words (the integration test runs the real dictionaries).
import { describe, expect, it } from "vitest";
import { closestByTitle, containsPhrase, findLabelled, labelCoverage, sameFamily, TITLE_COVERAGE_MIN } from "@/lib/domain/text-match";

/** A text's lexemes at positions 1, 2, 3… */
const text = (...lexemes: string[]) => {
  const out = new Map<string, number[]>();
  lexemes.forEach((l, i) => out.set(l, [...(out.get(l) ?? []), i + 1]));
  return out;
};

describe("sameFamily", () => {
  it("joins a verb and a noun of one family, and nothing shorter or looser", () => {
    expect(sameFamily("разреша", "разрешен")).toBe(true); // разрешала / разрешение
    expect(sameFamily("resolv", "resolut")).toBe(true); // resolved / resolution
    expect(sameFamily("организовыва", "организац")).toBe(true);
    expect(sameFamily("event", "event")).toBe(true);
    expect(sameFamily("manag", "market")).toBe(false); // a shared "ma" says nothing
    expect(sameFamily("post", "poster")).toBe(false); // a prefix under 5 letters
    expect(sameFamily("communiti", "communic")).toBe(true); // the known cost: community ~ communication within a longer label
  });
});

describe("containsPhrase", () => {
  it("finds a label's words close together, in any order, in any word form of the family", () => {
    expect(containsPhrase(text("разреша", "конфликт"), ["разрешен", "конфликт"])).toBe(true);
    expect(containsPhrase(text("конфликт", "разреша"), ["разрешен", "конфликт"])).toBe(true);
    expect(containsPhrase(text("разреша", "a", "b", "c", "d", "конфликт"), ["разрешен", "конфликт"])).toBe(true); // within 2 × 2 + 2 words
    expect(containsPhrase(text("разреша", "a", "b", "c", "d", "e", "f", "конфликт"), ["разрешен", "конфликт"])).toBe(false);
  });

  it("needs every word, the exact lexeme for a one-word label, and some word at all", () => {
    expect(containsPhrase(text("конфликт"), ["разрешен", "конфликт"])).toBe(false);
    expect(containsPhrase(text("meetup"), ["meetup"])).toBe(true);
    expect(containsPhrase(text("meetups"), ["meetup"])).toBe(false);
    expect(containsPhrase(text("event"), [])).toBe(false);
  });
});

describe("findLabelled and closestByTitle", () => {
  const items = [
    { id: "conflict", labels: [["conflict", "resolut"], ["de-escal"]] },
    { id: "events", labels: [["event", "organis"], ["event"]] },
    { id: "moderator", labels: [["communiti", "moder"]] },
  ];

  it("lists the items a text mentions, those with more labels found first", () => {
    expect(findLabelled(text("i", "organis", "event", "and", "resolv", "conflict"), items)).toEqual([
      { id: "events", hits: 2 },
      { id: "conflict", hits: 1 },
    ]);
    expect(findLabelled(text("cook", "borscht"), items)).toEqual([]);
  });

  it("maps a job title to the role whose label it covers most, and to none below half", () => {
    expect(labelCoverage(text("chat", "moder"), ["communiti", "moder"])).toBe(0.5);
    expect(closestByTitle(text("chat", "moder"), items)).toEqual([{ id: "moderator", coverage: TITLE_COVERAGE_MIN }]);
    expect(closestByTitle(text("forklift", "driver"), items)).toEqual([]);
  });
});
