// A message that crosses from a schema or the server to the reader: a catalogue
// key, optionally with values for its placeholders, packed into one string
// ("errors.tooLong?max=120") so that it fits where zod and Result carry text.
// The form translates it in the reader's language (components/ui/use-message.ts).
export type MessageParams = Record<string, string | number>;

export function message(key: string, params?: MessageParams): string {
  if (!params || Object.keys(params).length === 0) return key;
  const query = new URLSearchParams(Object.entries(params).map(([k, v]) => [k, String(v)]));
  return `${key}?${query}`;
}

/** The key and values of a packed message; numbers come back as numbers (ICU plurals need them). */
export function unpackMessage(packed: string): { key: string; params: MessageParams } {
  const at = packed.indexOf("?");
  if (at < 0) return { key: packed, params: {} };
  const params: MessageParams = {};
  for (const [k, v] of new URLSearchParams(packed.slice(at + 1))) {
    params[k] = /^-?\d+(\.\d+)?$/.test(v) ? Number(v) : v;
  }
  return { key: packed.slice(0, at), params };
}

/** Only catalogue keys under errors. reach a reader; anything else (a raw library message) does not. */
export function isErrorKey(key: string): boolean {
  return /^errors\.[A-Za-z0-9_.]+$/.test(key);
}
