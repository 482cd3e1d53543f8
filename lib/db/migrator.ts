import { createHash, randomUUID } from "node:crypto";
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import type { Client } from "pg";

// Applies prisma/migrations the way `prisma migrate deploy` does (Prisma 7's own command needs
// a native engine this network cannot download; see TOOLCHAIN.md). Same lock, same table,
// same checksums, so Prisma's tooling and this script agree about what is applied.
// No `server-only` here: it runs under tsx and Vitest.

/** What a migration run needs from a connection. A PGlite instance fits as it is; wrap a pg.Client with `pgSqlClient`. */
export interface SqlClient {
  query<R = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<{ rows: R[] }>;
  /** Runs a multi-statement script as one simple query. */
  exec(sql: string): Promise<unknown>;
}

/** Adapts a connected pg.Client: a parameterless `query()` uses the simple protocol, which allows many statements. */
export function pgSqlClient(client: Client): SqlClient {
  return {
    query: async <R>(sql: string, params?: unknown[]) => ({ rows: (await client.query(sql, params)).rows as R[] }),
    exec: (sql) => client.query(sql),
  };
}

const PRISMA_ADVISORY_LOCK = 72707369;

const CREATE_MIGRATIONS_TABLE = `CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
    "id"                    VARCHAR(36) PRIMARY KEY NOT NULL,
    "checksum"              VARCHAR(64) NOT NULL,
    "finished_at"           TIMESTAMPTZ,
    "migration_name"        VARCHAR(255) NOT NULL,
    "logs"                  TEXT,
    "rolled_back_at"        TIMESTAMPTZ,
    "started_at"            TIMESTAMPTZ NOT NULL DEFAULT now(),
    "applied_steps_count"   INTEGER NOT NULL DEFAULT 0
)`;

interface MigrationFile {
  name: string;
  sql: string;
  checksum: string;
}
interface AppliedRow {
  migration_name: string;
  checksum: string;
  finished_at: unknown;
  rolled_back_at: unknown;
}

/** Reads `<dir>/<name>/migration.sql` files in name order, with Prisma's checksum (sha256 hex of the bytes). */
export async function readMigrations(migrationsDir: string): Promise<MigrationFile[]> {
  const entries = await readdir(migrationsDir, { withFileTypes: true });
  const names = entries
    .filter((e) => e.isDirectory())
    .map((e) => e.name)
    .sort();
  return Promise.all(
    names.map(async (name) => {
      const bytes = await readFile(path.join(migrationsDir, name, "migration.sql"));
      return { name, sql: bytes.toString("utf8"), checksum: createHash("sha256").update(bytes).digest("hex") };
    }),
  );
}

/**
 * Applies the pending migrations of `migrationsDir` in name order, each in its own transaction,
 * and returns their names. Throws, changing nothing, if the database's history disagrees with
 * the files: an applied migration edited or deleted, or an earlier attempt left unfinished.
 */
export async function applyMigrations(
  client: SqlClient,
  migrationsDir: string,
  log: (line: string) => void = () => {},
): Promise<string[]> {
  const files = await readMigrations(migrationsDir);
  await client.query(`SELECT pg_advisory_lock(${PRISMA_ADVISORY_LOCK})`);
  try {
    await client.query(CREATE_MIGRATIONS_TABLE);
    const { rows } = await client.query<AppliedRow>(
      `SELECT migration_name, checksum, finished_at, rolled_back_at FROM "_prisma_migrations" WHERE rolled_back_at IS NULL ORDER BY started_at`,
    );
    const applied = new Set(checkHistory(rows, files));
    const pending = files.filter((f) => !applied.has(f.name));
    for (const migration of pending) {
      await applyOne(client, migration);
      log(`Applied migration ${migration.name}`);
    }
    if (pending.length === 0) log("Database is up to date");
    return pending.map((m) => m.name);
  } finally {
    await client.query(`SELECT pg_advisory_unlock(${PRISMA_ADVISORY_LOCK})`);
  }
}

/** Returns the names of the finished migrations, or throws if any row contradicts the files. */
function checkHistory(rows: AppliedRow[], files: MigrationFile[]): string[] {
  const byName = new Map(files.map((f) => [f.name, f]));
  for (const row of rows) {
    const file = byName.get(row.migration_name);
    if (row.finished_at === null) {
      throw new Error(
        `Migration ${row.migration_name} was started but never finished: fix the database by hand, then mark it rolled back (rolled_back_at) in _prisma_migrations`,
      );
    }
    if (!file)
      throw new Error(
        `Migration ${row.migration_name} is applied to the database but missing from the migrations directory`,
      );
    if (file.checksum !== row.checksum) {
      throw new Error(
        `Migration ${row.migration_name} was modified after it was applied (checksum ${row.checksum} in the database, ${file.checksum} on disk): add a new migration instead`,
      );
    }
  }
  return rows.map((r) => r.migration_name);
}

// The file runs as one simple query inside BEGIN … COMMIT together with its record, so a
// failure leaves neither schema changes nor a row behind. (A file that issues its own
// COMMIT, as Prisma's enum-rewrite migrations do, ends that transaction early.)
async function applyOne(client: SqlClient, migration: MigrationFile): Promise<void> {
  await client.query("BEGIN");
  try {
    await client.exec(migration.sql);
    await client.query(
      `INSERT INTO "_prisma_migrations" (id, checksum, migration_name, finished_at, applied_steps_count) VALUES ($1, $2, $3, clock_timestamp(), 1)`,
      [randomUUID(), migration.checksum, migration.name],
    );
    await client.query("COMMIT");
  } catch (error) {
    await client.query("ROLLBACK");
    throw new Error(`Migration ${migration.name} failed and was rolled back: ${(error as Error).message}`, {
      cause: error,
    });
  }
}
