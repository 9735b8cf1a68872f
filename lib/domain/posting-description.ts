// The posting's first description, written from its template: deterministic
// Markdown built from the taxonomy's texts and the company's choices, one
// language at a time (the caller passes that language's headings and labels).
// The company edits it afterwards; nothing here calls an outside service.

export interface DescriptionHeadings {
  about: string;
  responsibilities: string;
  mustHave: string;
  niceToHave: string;
  kpis: string;
  channels: string;
  conditions: string;
}

export interface DescriptionInput {
  headings: DescriptionHeadings;
  /** Opening paragraph: the role's summary from the taxonomy. */
  summary: string;
  responsibilities: readonly string[];
  kpis: readonly string[];
  channels: readonly string[];
  /** Skill lines already in the reader's language, e.g. "Community moderation (level 3 of 5)". */
  mustHave: readonly string[];
  niceToHave: readonly string[];
  /** Terms already in the reader's language: employment type, place, salary, start. */
  conditions: readonly string[];
}

/** Characters Markdown would read as formatting, escaped so a taxonomy text stays text. */
export function escapeMarkdown(text: string): string {
  return text
    // Only what can start formatting inside a line: parentheses and the like stay readable for the company editing it.
    .replace(/[\\`*_[\]<>|~]/g, (c) => `\\${c}`)
    .replace(/^(\s*)(\d+)\./, "$1$2\\.")
    .replace(/^(\s*)([-+#])/, "$1\\$2")
    .replace(/\s+/g, " ")
    .trim();
}

function section(heading: string, items: readonly string[]): string[] {
  const lines = items.map((item) => escapeMarkdown(item)).filter(Boolean);
  return lines.length === 0 ? [] : [`## ${escapeMarkdown(heading)}`, "", ...lines.map((line) => `- ${line}`), ""];
}

export function generateDescription(input: DescriptionInput): string {
  const { headings } = input;
  const summary = escapeMarkdown(input.summary);
  const parts = [
    ...(summary ? [`## ${escapeMarkdown(headings.about)}`, "", summary, ""] : []),
    ...section(headings.responsibilities, input.responsibilities),
    ...section(headings.mustHave, input.mustHave),
    ...section(headings.niceToHave, input.niceToHave),
    ...section(headings.kpis, input.kpis),
    ...section(headings.channels, input.channels),
    ...section(headings.conditions, input.conditions),
  ];
  return parts.join("\n").trim() + "\n";
}

/** A description's opening as one line of plain text (a page's meta description, a shared link's card), at most `max` characters, cut at a word. */
export function plainSummary(markdown: string, max: number): string {
  const plain = markdown
    .replace(/^\s{0,3}(#{1,6}\s+|[-*+]\s+|\d+[.)]\s+|>\s?)/gm, "")
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, "$1")
    .replace(/[*_`~]+/g, "")
    .replace(/\\([\\`*_{}[\]()#+\-.!>~|])/g, "$1")
    .replace(/\s+/g, " ")
    .trim();
  if (plain.length <= max) return plain;
  const cut = plain.slice(0, max - 1);
  const space = cut.lastIndexOf(" ");
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,.;:–—-]+$/, "")}…`;
}
