// Server-level SQL for the PostgreSQL test backend: creating and dropping
// databases on a short-lived connection to the server URL (TEST_DATABASE_URL).
import pg from "pg";

export function quoteIdent(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}

/** The server URL pointed at another database (query parameters kept). */
export function databaseUrl(serverUrl: string, database: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${encodeURIComponent(database)}`;
  return url.toString();
}

export async function adminQuery<T = unknown>(serverUrl: string, sql: string, params: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString: serverUrl });
  // A connection ended by the server must not become an unhandled 'error' event.
  client.on("error", () => {});
  await client.connect();
  try {
    return (await client.query(sql, params)).rows as T[];
  } finally {
    await client.end();
  }
}

/** Drops a database, ending any session still on it (PostgreSQL 13+). */
export async function dropDatabase(serverUrl: string, database: string): Promise<void> {
  await adminQuery(serverUrl, `DROP DATABASE IF EXISTS ${quoteIdent(database)} WITH (FORCE)`);
}
