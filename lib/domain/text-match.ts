// Finding taxonomy labels in free text (a pasted CV, a job title), on the
// lexemes PostgreSQL's text search makes of both: the same English and
// Russian dictionaries as the job board, so "модератором сообществ" finds
// "Модератор сообществ" and "organised meetups" finds "organise meetups".
// The database turns text into lexemes; these pure functions compare them.

/** A text's lexemes and the word positions where each occurs. */
export type LexemePositions = ReadonlyMap<string, readonly number[]>;

/** How far apart (in words) a label's words may lie in the text: twice the label's length, plus this. */
export const PHRASE_SLACK = 2;

/**
 * Two lexemes of the same word family. The stemmer gives one word's noun and
 * verb different stems ("resolut"/"resolv", "разрешен"/"разреша",
 * "организац"/"организовыва"), so in a label of several words a lexeme also
 * matches one sharing a prefix of at least 5 letters that falls at most 2
 * letters short of the shorter lexeme. A one-word label needs the exact
 * lexeme: alone, a shared prefix says too little.
 */
export function sameFamily(a: string, b: string): boolean {
  if (a === b) return true;
  const shorter = Math.min(a.length, b.length);
  let common = 0;
  while (common < shorter && a[common] === b[common]) common++;
  return common >= 5 && common >= shorter - 2;
}

/**
 * Whether every lexeme of the label occurs in the text, in any order, within
 * a stretch of 2 × (label's lexemes) + PHRASE_SLACK words. A label with no
 * lexemes (only stop words) is never found.
 */
export function containsPhrase(text: LexemePositions, label: readonly string[]): boolean {
  const words = [...new Set(label)];
  if (words.length === 0) return false;
  const positions = words.map((w) => {
    if (words.length === 1) return [...(text.get(w) ?? [])];
    const found: number[] = [];
    for (const [lexeme, at] of text) if (sameFamily(w, lexeme)) found.push(...at);
    return found;
  });
  if (positions.some((p) => p.length === 0)) return false;
  const span = 2 * words.length + PHRASE_SLACK;
  // Some occurrence of the first word starts a stretch that holds all the others.
  return positions.flat().some((start) => positions.every((p) => p.some((at) => at >= start && at - start <= span)));
}

/** The share (0–1) of a label's distinct lexemes that a short text (a job title) contains, in any order. */
export function labelCoverage(text: LexemePositions, label: readonly string[]): number {
  const distinct = [...new Set(label)];
  if (distinct.length === 0) return 0;
  return distinct.filter((l) => text.has(l)).length / distinct.length;
}

export interface LabelledItem {
  id: string;
  /** Each label (and alternative label) as its lexemes, in word order. */
  labels: readonly (readonly string[])[];
}

/** Items with a label found in the text, each with how many of its labels were found; most found first, then the given order. */
export function findLabelled(text: LexemePositions, items: readonly LabelledItem[]): { id: string; hits: number }[] {
  return items
    .map((item, order) => ({ id: item.id, hits: item.labels.filter((l) => containsPhrase(text, l)).length, order }))
    .filter((m) => m.hits > 0)
    .sort((a, b) => b.hits - a.hits || a.order - b.order)
    .map(({ id, hits }) => ({ id, hits }));
}

/** Minimum coverage for a job title to suggest a role. */
export const TITLE_COVERAGE_MIN = 0.5;

/** The roles a job title is closest to: best coverage first, then the longer label (more words matched), then the given order. */
export function closestByTitle(title: LexemePositions, items: readonly LabelledItem[]): { id: string; coverage: number }[] {
  return items
    .map((item, order) => {
      const best = item.labels.reduce(
        (acc, l) => {
          const coverage = labelCoverage(title, l);
          return coverage > acc.coverage || (coverage === acc.coverage && l.length > acc.length) ? { coverage, length: l.length } : acc;
        },
        { coverage: 0, length: 0 },
      );
      return { id: item.id, ...best, order };
    })
    .filter((m) => m.coverage >= TITLE_COVERAGE_MIN)
    .sort((a, b) => b.coverage - a.coverage || b.length - a.length || a.order - b.order)
    .map(({ id, coverage }) => ({ id, coverage: Math.round(coverage * 100) / 100 }));
}
