// Near-duplicate postings: hh.ru refuses a vacancy that repeats an open one of
// the same employer unless the employer confirms. Two postings are near
// duplicates when they hire in the same place, their titles are nearly the
// same (in either language) and their descriptions share most of their words.
// The same role in another city is a second job, not a duplicate.

export interface DuplicateCandidate {
  titleEn: string;
  titleRu: string;
  descriptionEn: string;
  descriptionRu: string;
  workMode: string | null;
  country: string | null;
  city: string | null;
}

export const TITLE_SIMILARITY_MIN = 0.8;
export const DESCRIPTION_SIMILARITY_MIN = 0.6;

const normalize = (text: string) =>
  text
    .toLowerCase()
    .replace(/ё/g, "е")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();

function trigrams(text: string): Map<string, number> {
  const padded = `  ${normalize(text)} `;
  const grams = new Map<string, number>();
  for (let i = 0; i + 3 <= padded.length; i++) {
    const gram = padded.slice(i, i + 3);
    grams.set(gram, (grams.get(gram) ?? 0) + 1);
  }
  return grams;
}

/** Dice's coefficient of two texts' character trigrams: 1 for the same text, 0 for nothing shared. */
export function titleSimilarity(a: string, b: string): number {
  const x = trigrams(a);
  const y = trigrams(b);
  let shared = 0;
  let total = 0;
  for (const [gram, count] of x) {
    shared += Math.min(count, y.get(gram) ?? 0);
    total += count;
  }
  for (const count of y.values()) total += count;
  return total === 0 ? 0 : (2 * shared) / total;
}

/** Jaccard similarity of two texts' sets of words (three letters or more). */
export function wordSimilarity(a: string, b: string): number {
  const words = (text: string) => new Set(normalize(text).split(" ").filter((w) => w.length >= 3));
  const x = words(a);
  const y = words(b);
  if (x.size === 0 && y.size === 0) return 0;
  let shared = 0;
  for (const word of x) if (y.has(word)) shared++;
  return shared / (x.size + y.size - shared);
}

const samePlace = (a: DuplicateCandidate, b: DuplicateCandidate) =>
  a.workMode === b.workMode &&
  (a.country ?? "") === (b.country ?? "") &&
  (a.workMode === "REMOTE" || normalize(a.city ?? "") === normalize(b.city ?? ""));

export function isNearDuplicate(a: DuplicateCandidate, b: DuplicateCandidate): boolean {
  if (!samePlace(a, b)) return false;
  const title = Math.max(titleSimilarity(a.titleEn, b.titleEn), titleSimilarity(a.titleRu, b.titleRu));
  if (title < TITLE_SIMILARITY_MIN) return false;
  const description = Math.max(
    wordSimilarity(a.descriptionEn, b.descriptionEn),
    wordSimilarity(a.descriptionRu, b.descriptionRu),
  );
  return description >= DESCRIPTION_SIMILARITY_MIN;
}
