import "server-only";
// Whole public pages (the taxonomy's and the job board's searches), kept in
// memory for visitors who are not signed in. Every page is rendered per
// request (its Content-Security-Policy nonce makes it so), and rendering, not
// the database, is what these pages cost (some 40 ms of CPU for a page of
// twenty jobs). For an anonymous visitor such a page depends only on its
// address, the language, the taxonomy and the open postings; so the production
// server (scripts/server.ts) keeps the first rendering of each (address,
// language) and answers the next visitors from it:
// - with a fresh nonce each time (the old one is replaced in the body and in
//   the policy; it is 36 random bytes, so nothing else in the page matches it);
// - only while the taxonomy's and the board's revisions are the ones it was
//   rendered at (read from the database on every request, and raised in the
//   transaction of every taxonomy change and every posting published, closed,
//   extended or expired, so a change shows on the next request everywhere);
//   a search page also for a minute at most (a posting's end comes with time);
// - never for a request with a session cookie, a query string (a search's
//   excepted), or one of Next's own navigation requests (RSC), and never
//   storing an answer that is not a plain 200 HTML page or that sets a cookie.
import type { IncomingMessage, OutgoingHttpHeaders, ServerResponse } from "node:http";
import { promisify } from "node:util";
import zlib from "node:zlib";
import { isSessionCookie, newNonce } from "@/lib/auth/page-security";
import type { Database } from "@/lib/db";
import { localeOf, LOCALE_COOKIE } from "@/lib/i18n/config";
import { readPageRevision } from "@/lib/server/taxonomy/revision";

const CACHEABLE_PATHS = [/^\/$/, /^\/roles$/, /^\/roles\/[a-z0-9-]{1,80}$/];
/** The job board's searches: their query string is the search (non-canonical ones are redirected, and a redirect is never kept). */
const SEARCH_PATH = "/jobs";
const SEARCH_QUERY_MAX = 600;
/** A kept search page is dropped after this even if nothing changed: a posting's end passes with time, not with a change. */
const SEARCH_MAX_AGE_MS = 60_000;
const NEXT_REQUEST_HEADERS = ["rsc", "next-router-state-tree", "next-router-prefetch", "next-action", "next-url"];
const MAX_ENTRIES = 400;
const MAX_PAGE_BYTES = 1_000_000;
/** Headers of the first answer that must not be repeated in another. */
const NOT_REPLAYED = new Set(["date", "connection", "keep-alive", "transfer-encoding", "content-length", "content-encoding", "x-request-id"]);

interface Page {
  revision: string;
  at: number;
  status: number;
  headers: OutgoingHttpHeaders;
  /** The body split at the nonce. */
  parts: string[];
  /** The Content-Security-Policy split at the nonce. */
  policy: string[];
}

const pages = new Map<string, Page>();
/** Renderings under way, by key: each resolves with the page kept, or null when the answer could not be kept. */
const rendering = new Map<string, Promise<Page | null>>();

/**
 * The database Next's side of this process opened at start-up: lib/db.ts keeps
 * it on globalThis for every bundle. This server is a bundle of its own, and
 * importing lib/db here would open a second client (and PGlite allows one).
 */
const sharedDatabase = () => (globalThis as { __rolemapDatabase?: Database }).__rolemapDatabase;
const gzip = promisify(zlib.gzip);

function cookiesOf(header: string | undefined): Map<string, string> {
  const found = new Map<string, string>();
  for (const pair of (header ?? "").split(";")) {
    const at = pair.indexOf("=");
    if (at > 0) found.set(pair.slice(0, at).trim(), pair.slice(at + 1).trim());
  }
  return found;
}

/** The cache's key for this request ("ru /roles"), or null when the answer may differ from another visitor's. */
export function publicPageKey(req: IncomingMessage): string | null {
  if (req.method !== "GET") return null;
  const url = req.url ?? "";
  const [path = "", query] = url.split("?", 2);
  const cacheable = query === undefined ? CACHEABLE_PATHS.some((p) => p.test(path)) || path === SEARCH_PATH : path === SEARCH_PATH && query.length <= SEARCH_QUERY_MAX;
  if (!cacheable) return null;
  if (NEXT_REQUEST_HEADERS.some((h) => req.headers[h] !== undefined)) return null;
  const cookies = cookiesOf(req.headers.cookie);
  if ([...cookies.keys()].some(isSessionCookie)) return null;
  return `${localeOf(cookies.get(LOCALE_COOKIE), req.headers["accept-language"] ?? null)} ${url}`;
}

const acceptsGzip = (req: IncomingMessage) => /\bgzip\b/.test(String(req.headers["accept-encoding"] ?? ""));

/**
 * Answers from the cache when it can (true); otherwise lets the request
 * through, recording its answer for the next visitor (false).
 */
export async function serveFromPageCache(req: IncomingMessage, res: ServerResponse, key: string): Promise<boolean> {
  // Without the revision nothing is served from memory: Next answers (and shows its error page if the database is down).
  const database = sharedDatabase();
  if (!database) return false;
  const revision = await readPageRevision(database.prisma).catch(() => undefined);
  if (revision === undefined) return false;
  const fresh = (p: Page | null | undefined): p is Page =>
    Boolean(p) && p!.revision === revision && (!key.includes(` ${SEARCH_PATH}`) || Date.now() - p!.at < SEARCH_MAX_AGE_MS);
  const page = pages.get(key);
  if (fresh(page)) {
    await send(req, res, page);
    return true;
  }
  // Visitors asking for a page that is being rendered wait for that rendering rather than start their own.
  const pending = rendering.get(key);
  if (pending) {
    const rendered = await pending;
    if (fresh(rendered)) {
      await send(req, res, rendered);
      return true;
    }
    return false;
  }
  if (page) pages.delete(key);
  let settle: (page: Page | null) => void = () => undefined;
  const own = new Promise<Page | null>((resolve) => (settle = resolve));
  rendering.set(key, own);
  // Once: "finish" hands the page over, and "close" follows every answer (or ends one that failed).
  const done = (kept: Page | null) => {
    if (rendering.get(key) === own) rendering.delete(key);
    settle(kept);
  };
  // Rendered without compression so that the nonce can be found; this server compresses what it sends.
  delete req.headers["accept-encoding"];
  record(res, (answer) => {
    if (pages.size >= MAX_ENTRIES) pages.delete(pages.keys().next().value!);
    const kept = { ...answer, revision, at: Date.now() };
    pages.set(key, kept);
    done(kept);
  });
  res.once("close", () => done(null));
  return false;
}

async function send(req: IncomingMessage, res: ServerResponse, page: Page): Promise<void> {
  const nonce = newNonce();
  let body: Buffer = Buffer.from(page.parts.join(nonce));
  const vary = [page.headers.vary, "Accept-Encoding"].filter(Boolean).join(", ");
  const headers: OutgoingHttpHeaders = { ...page.headers, "content-security-policy": page.policy.join(nonce), vary };
  if (acceptsGzip(req)) {
    body = await gzip(body, { level: 4 });
    headers["content-encoding"] = "gzip";
  }
  headers["content-length"] = body.length;
  res.writeHead(page.status, headers);
  res.end(body);
}

/** Collects what Next writes to `res`; hands it over if it is a page any anonymous visitor may be given. */
function record(res: ServerResponse, keep: (answer: Omit<Page, "revision" | "at">) => void): void {
  const chunks: Buffer[] = [];
  let size = 0;
  const collect = (chunk: unknown, encoding?: unknown) => {
    if (chunk === undefined || chunk === null || typeof chunk === "function" || size > MAX_PAGE_BYTES) return;
    const buffer = Buffer.isBuffer(chunk) ? chunk : typeof chunk === "string" ? Buffer.from(chunk, typeof encoding === "string" ? (encoding as BufferEncoding) : "utf8") : Buffer.from(chunk as Uint8Array);
    size += buffer.length;
    chunks.push(buffer);
  };
  const write = res.write.bind(res) as (...args: unknown[]) => boolean;
  const end = res.end.bind(res) as (...args: unknown[]) => ServerResponse;
  res.write = ((chunk: unknown, encoding?: unknown, callback?: unknown) => {
    collect(chunk, encoding);
    return write(chunk, encoding, callback);
  }) as ServerResponse["write"];
  res.end = ((chunk?: unknown, encoding?: unknown, callback?: unknown) => {
    collect(chunk, encoding);
    return end(chunk, encoding, callback);
  }) as ServerResponse["end"];
  res.once("finish", () => {
    const type = String(res.getHeader("content-type") ?? "");
    const policy = String(res.getHeader("content-security-policy") ?? "");
    const nonce = /'nonce-([A-Za-z0-9+/=]+)'/.exec(policy)?.[1];
    const cacheable =
      res.statusCode === 200 && type.startsWith("text/html") && !res.hasHeader("set-cookie") && !res.hasHeader("content-encoding") && nonce && size <= MAX_PAGE_BYTES;
    if (!cacheable) return;
    const headers: OutgoingHttpHeaders = {};
    for (const [name, value] of Object.entries(res.getHeaders())) if (value !== undefined && !NOT_REPLAYED.has(name)) headers[name] = value;
    delete headers["content-security-policy"];
    keep({ status: 200, headers, parts: Buffer.concat(chunks).toString("utf8").split(nonce), policy: policy.split(nonce) });
  });
}
