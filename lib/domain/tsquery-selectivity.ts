// The share of documents a tsquery matches, from per-lexeme shares (what
// PostgreSQL's ANALYZE keeps for a tsvector column: its most common lexemes and
// their frequencies). The same rules PostgreSQL's planner uses: AND multiplies,
// OR is 1 − Π(1 − p), NOT is 1 − p, and a lexeme it did not keep is rarer than
// the rarest it kept (half of it). Reads tsquery text as PostgreSQL writes it:
// 'lexeme', &, |, !, <->, parentheses and :weights.

export interface LexemeShares {
  shares: Map<string, number>;
  /** The share of a lexeme that is not in `shares`. */
  floor: number;
}

export function tsquerySelectivity(query: string, stats: LexemeShares): number {
  const tokens = query.match(/'(?:[^']|'')*'(?::[A-D*]+)?|<\d*->|[&|!()]/g) ?? [];
  let at = 0;
  const peek = () => tokens[at];
  // A word whose English and Russian lexemes are the same ('smm' | 'smm') is one lexeme, not two.
  const lone = () => (tokens[at]?.startsWith("'") && [undefined, "|", ")"].includes(tokens[at + 1]) ? tokens[at] : undefined);
  const or = (): number => {
    const seen = new Set([lone()]);
    let p = and();
    while (peek() === "|") {
      at++;
      const same = lone();
      if (same !== undefined && seen.has(same)) {
        at++;
        continue;
      }
      seen.add(same);
      const q = and();
      p = 1 - (1 - p) * (1 - q);
    }
    return p;
  };
  const and = (): number => {
    let p = not();
    while (peek() === "&" || /^<\d*->$/.test(peek() ?? "")) {
      at++;
      p *= not();
    }
    return p;
  };
  const not = (): number => {
    const token = peek();
    if (token === "!") {
      at++;
      return 1 - not();
    }
    if (token === "(") {
      at++;
      const p = or();
      if (peek() === ")") at++;
      return p;
    }
    at++;
    if (!token || !token.startsWith("'")) return 1;
    const lexeme = token.slice(1, token.lastIndexOf("'")).replace(/''/g, "'");
    return stats.shares.get(lexeme) ?? stats.floor;
  };
  return tokens.length ? Math.min(1, Math.max(0, or())) : 1;
}
