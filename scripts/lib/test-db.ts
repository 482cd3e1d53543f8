// A fresh, migrated, throw-away database for one test run: a new database on
// TEST_DATABASE_URL's server when that is set (real PostgreSQL), otherwise an in-memory
// embedded PGlite. Only ever drops a database it created itself (Dub's assert-local-database).
import crypto from "node:crypto";
import { fileURLToPath } from "node:url";
import pg from "pg";
import { applyMigrations, pgSqlClient } from "../../lib/db/migrator";
import { startEmbeddedDb } from "./embedded-db";

export type TestDatabase = { url: string; kind: string; drop: () => Promise<void> };

const migrationsDir = fileURLToPath(new URL("../../prisma/migrations", import.meta.url));

/** Opens one pg connection to `url` for `run`, and always closes it. */
export async function withClient<T>(url: string, run: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await run(client);
  } finally {
    await client.end();
  }
}

/** Creates and migrates the database; `drop()` removes it (or stops the embedded server). */
export async function createTestDatabase(prefix = "portal_test"): Promise<TestDatabase> {
  const serverUrl = process.env.TEST_DATABASE_URL;
  if (!serverUrl) {
    const embedded = await startEmbeddedDb({ dataDir: "memory://" });
    await applyMigrations(embedded.db, migrationsDir, () => {});
    return { url: embedded.url, kind: "PGlite (in-memory)", drop: embedded.stop };
  }
  const name = `${prefix}_${Date.now()}_${crypto.randomBytes(3).toString("hex")}`;
  await withClient(serverUrl, (admin) => admin.query(`CREATE DATABASE "${name}"`));
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  await withClient(url.href, (client) => applyMigrations(pgSqlClient(client), migrationsDir, () => {}));
  return {
    url: url.href,
    kind: `PostgreSQL (${name})`,
    // FORCE: a pool may still hold idle connections when the run ends.
    drop: () =>
      withClient(serverUrl, (admin) => admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)).then(() => {}),
  };
}
