// What a job search's text becomes before it reaches the database: words, and
// nothing else. Operators, quotes, `%`, `\`, a lone `!`, NUL bytes and the
// like are separators, never syntax: each word is later handed to
// PostgreSQL's plainto_tsquery on its own (lib/server/job-search), which
// treats its input as plain text too. Letters and digits of any script count,
// and a hyphen or an apostrophe inside a word keeps it whole
// ("комьюнити-менеджер", "o'brien").

/** The longest search text taken as typed; longer text is cut here and the reader is told. */
export const SEARCH_TEXT_MAX = 200;
/** Words searched at most: more narrow nothing down and only cost time. */
export const SEARCH_WORDS_MAX = 8;
const WORD_MAX = 60;

const WORD = /[\p{L}\p{N}]+(?:['’\-‐‑][\p{L}\p{N}]+)*/gu;

export interface SearchText {
  /** The text as it is shown back in the search box. */
  text: string;
  words: string[];
  /** Set when something typed was left out: the text was too long, or had too many words. */
  truncated: boolean;
}

export function searchTextOf(raw: string): SearchText {
  // NFKC folds full-width letters and ligatures; control characters (NUL included) become spaces.
  const cleaned = raw.normalize("NFKC").replace(/[\p{Cc}\p{Cf}\p{Cs}]/gu, " ").replace(/\s+/g, " ").trim();
  const text = cleaned.slice(0, SEARCH_TEXT_MAX);
  const seen = new Set<string>();
  const all: string[] = [];
  for (const match of text.matchAll(WORD)) {
    const word = match[0].toLowerCase().replace(/[‐‑]/g, "-").replace(/’/g, "'").slice(0, WORD_MAX);
    if (!seen.has(word)) {
      seen.add(word);
      all.push(word);
    }
  }
  return { text, words: all.slice(0, SEARCH_WORDS_MAX), truncated: cleaned.length > SEARCH_TEXT_MAX || all.length > SEARCH_WORDS_MAX };
}
