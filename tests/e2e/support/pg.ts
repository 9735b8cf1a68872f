// Creating and dropping the run's database on the PostgreSQL server named by
// TEST_DATABASE_URL, over a short-lived connection.
import pg from "pg";

const quoteIdent = (name: string) => `"${name.replace(/"/g, '""')}"`;

/** The server URL pointed at another database (query parameters kept). */
export function databaseUrl(serverUrl: string, database: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${encodeURIComponent(database)}`;
  return url.toString();
}

async function run(serverUrl: string, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: serverUrl });
  client.on("error", () => {});
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

export async function createDatabase(serverUrl: string, name: string): Promise<void> {
  await run(serverUrl, `CREATE DATABASE ${quoteIdent(name)}`);
}

/** Drops the database, ending any session still on it (PostgreSQL 13+). */
export async function dropDatabase(serverUrl: string, name: string): Promise<void> {
  await run(serverUrl, `DROP DATABASE IF EXISTS ${quoteIdent(name)} WITH (FORCE)`);
}
