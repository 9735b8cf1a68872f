import "server-only";
// The public taxonomy pages read the same few rows on every request. They are
// kept in this process's memory, stamped with the taxonomy's revision: a
// counter in the database that every change raises in its own transaction
// (recordChange). Each request reads the counter (one indexed row); when it
// moved, on this instance or another, the memory is dropped. So an admin's
// edit shows on the very next request, on every instance.
import { db } from "@/lib/db";
import type { Tx } from "@/lib/server/taxonomy/docs";
import { readRevision, REVISION_KEY } from "@/lib/server/taxonomy/revision";
const MAX_ENTRIES = 1_000;

/** Raises the revision; called in the transaction of every taxonomy change. */
export async function bumpRevision(tx: Tx): Promise<void> {
  await tx.$executeRaw`
    INSERT INTO "AppSetting" ("key", "value", "updatedAt") VALUES (${REVISION_KEY}, '1', now())
    ON CONFLICT ("key") DO UPDATE SET "value" = (("AppSetting"."value")::bigint + 1)::text, "updatedAt" = now()`;
}

interface Memory {
  revision: string | null;
  entries: Map<string, Promise<unknown>>;
}

// On globalThis: Next.js bundles routes separately, and all of them must share one memory.
const store = globalThis as unknown as { __rolemapTaxonomyCache?: Memory };

/** `load()`'s answer for `key`, computed once per taxonomy revision. */
export async function cachedTaxonomy<T>(key: string, load: () => Promise<T>): Promise<T> {
  const revision = await readRevision(db);
  let memory = store.__rolemapTaxonomyCache;
  if (!memory || memory.revision !== revision) {
    memory = { revision, entries: new Map() };
    store.__rolemapTaxonomyCache = memory;
  }
  let entry = memory.entries.get(key) as Promise<T> | undefined;
  if (!entry) {
    // Keys come from addresses (a role's slug): a bound keeps made-up ones from filling the memory.
    if (memory.entries.size >= MAX_ENTRIES) memory.entries.clear();
    entry = load();
    memory.entries.set(key, entry);
    // A failed read is not kept: the next request tries again.
    entry.catch(() => memory!.entries.delete(key));
  }
  return entry;
}
