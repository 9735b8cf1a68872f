// The benchmark's postings: realistic bilingual text drawn from the
// taxonomy's own vocabulary. Half the postings are in English, half in
// Russian; words follow a Zipf distribution over the vocabulary ranked by how
// often the taxonomy uses them (so a few words are in most postings and most
// words in few), and every posting names one of some thousands of companies
// (the rare words a searcher types: a company's name). Deterministic for a
// given seed, so two runs search the same board.

export interface Vocabulary {
  en: string[];
  ru: string[];
}

export interface RoleSource {
  id: string;
  family: "SMM" | "COMMUNITY";
  labelEn: string;
  labelRu: string;
  skillIds: string[];
}

export interface BenchPosting {
  id: string;
  companyIndex: number;
  language: "en" | "ru";
  roleId: string;
  family: "SMM" | "COMMUNITY";
  title: string;
  description: string;
  workMode: "REMOTE" | "HYBRID" | "ON_SITE";
  country: string;
  city: string | null;
  salary: { from: number; to: number; currency: "RUB" | "USD" | "EUR" | "KZT" } | null;
  publishedAt: Date;
  skills: { skillId: string; mustHave: boolean; level: number }[];
  /** The distinct words of the posting (for choosing the benchmark's rare, medium and common words). */
  words: Set<string>;
}

/** mulberry32: a small, fast, seeded generator. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const STOP = new Set(["and", "the", "for", "with", "from", "that", "this", "their", "they", "its", "are", "into", "или", "для", "что", "как", "при", "это", "его", "так", "все", "над", "под", "без"]);

/** The taxonomy's words in each language, most used first. */
export function vocabularyOf(texts: { en: string[]; ru: string[] }): Vocabulary {
  const rank = (list: string[]) => {
    const counts = new Map<string, number>();
    for (const text of list) {
      for (const w of text.toLowerCase().match(/[\p{L}]{3,}/gu) ?? []) if (!STOP.has(w)) counts.set(w, (counts.get(w) ?? 0) + 1);
    }
    return [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([w]) => w);
  };
  return { en: rank(texts.en), ru: rank(texts.ru) };
}

/** Draws ranks 0..n-1 with probability ∝ 1/(rank+1). */
function zipf(n: number, next: () => number): () => number {
  const cumulative = new Float64Array(n);
  let sum = 0;
  for (let i = 0; i < n; i++) cumulative[i] = sum += 1 / (i + 1);
  return () => {
    const x = next() * sum;
    let lo = 0;
    let hi = n - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cumulative[mid]! < x) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
}

const SYLLABLES_EN = ["zor", "vex", "lum", "tra", "kin", "nor", "vel", "dax", "mir", "quo", "bel", "sta", "fen", "rok", "tal", "gri", "pol", "sen"];
const SYLLABLES_RU = ["бор", "лин", "гра", "вел", "мир", "тон", "рас", "кар", "дом", "зар", "лес", "сол", "вер", "нор", "ток", "пал", "сен", "ряд"];
const CITIES = [
  ["RU", "Москва"], ["RU", "Санкт-Петербург"], ["RU", "Казань"], ["RU", "Екатеринбург"], ["RU", "Новосибирск"], ["RU", "Самара"],
  ["KZ", "Алматы"], ["KZ", "Астана"], ["BY", "Минск"], ["AM", "Yerevan"], ["GE", "Tbilisi"], ["DE", "Berlin"], ["RS", "Belgrade"], ["CY", "Limassol"],
] as const;

/** Company names: half Latin, half Cyrillic, each unlike any vocabulary word. */
export function companyNames(count: number, seed: number): string[] {
  const next = random(seed);
  const names = new Set<string>();
  while (names.size < count) {
    const syllables = names.size % 2 === 0 ? SYLLABLES_EN : SYLLABLES_RU;
    const parts = 3 + Math.floor(next() * 2);
    let name = "";
    for (let i = 0; i < parts; i++) name += syllables[Math.floor(next() * syllables.length)];
    names.add(name[0]!.toUpperCase() + name.slice(1));
  }
  return [...names];
}

/**
 * The `index`-th of `total` postings of the corpus (postings are independent, so a batch can be made anywhere in the
 * sequence). They are published over the last 29 days in the order of their index, as a live board's rows are written
 * when each posting is published: where a row lies in the table follows when it was published, which is what lets the
 * text index skip to the newest matches of a common word (with rows in random order it decodes the word's whole list).
 */
export function benchPosting(index: number, total: number, seed: number, vocabulary: Vocabulary, roles: RoleSource[], companies: number, now: number): BenchPosting {
  const next = random(seed * 1_000_003 + index);
  const language = index % 2 === 0 ? "en" : "ru";
  const words = vocabulary[language];
  const draw = zipf(words.length, next);
  const role = roles[Math.floor(next() * roles.length)]!;
  const pick = (n: number) => Array.from({ length: n }, () => words[draw()]!);
  const titleExtra = pick(Math.floor(next() * 3));
  const sentences: string[] = [];
  const length = 60 + Math.floor(next() * 100);
  for (let used = 0; used < length; ) {
    const n = 6 + Math.floor(next() * 10);
    const s = pick(n).join(" ");
    sentences.push(s[0]!.toUpperCase() + s.slice(1) + ".");
    used += n;
  }
  const [country, city] = CITIES[Math.floor(next() * CITIES.length)]!;
  const modeRoll = next();
  const workMode = modeRoll < 0.35 ? "REMOTE" : modeRoll < 0.65 ? "HYBRID" : "ON_SITE";
  const currency = country === "RU" ? "RUB" : country === "KZ" ? "KZT" : country === "DE" || country === "CY" ? "EUR" : "USD";
  const base = { RUB: 60_000, KZT: 300_000, EUR: 1_500, USD: 1_200 }[currency];
  const from = Math.round((base * (1 + next() * 3)) / 100) * 100;
  const skillCount = Math.min(role.skillIds.length, 4 + Math.floor(next() * 5));
  const skillIds = [...role.skillIds].sort(() => next() - 0.5).slice(0, skillCount);
  const title = `${language === "en" ? role.labelEn : role.labelRu}${titleExtra.length ? ` (${titleExtra.join(" ")})` : ""}`;
  const description = sentences.join(" ");
  return {
    id: `bench${String(index).padStart(9, "0")}`,
    companyIndex: Math.floor(next() * companies),
    language,
    roleId: role.id,
    family: role.family,
    title,
    description,
    workMode,
    country,
    city: workMode === "REMOTE" ? null : city,
    salary: next() < 0.6 ? { from, to: Math.round((from * (1.2 + next() * 0.4)) / 100) * 100, currency } : null,
    publishedAt: new Date(now - Math.floor(((total - index - next()) / total) * 29 * 86_400_000)),
    skills: skillIds.map((skillId, i) => ({ skillId, mustHave: i < 3, level: 2 + Math.floor(next() * 3) })),
    words: new Set(`${title} ${description}`.toLowerCase().match(/[\p{L}]{3,}/gu) ?? []),
  };
}
