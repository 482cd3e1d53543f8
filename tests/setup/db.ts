import pg from "pg";

/** Rows these tables hold come from seeds/imports and are shared by tests: never truncated. */
export const REFERENCE_TABLES = [
  "provinces",
  "regencies",
  "districts",
  "kbli_codes",
  "document_types",
  "_prisma_migrations",
];

/** The test database that tests/setup/global-setup.ts created for this run. */
export function testDatabaseUrl(): string {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error("DATABASE_URL is not set: run tests through Vitest (tests/setup/global-setup.ts)");
  return url;
}

/** Opens a pg connection to the test database, runs `run`, and closes it. */
export async function withTestDb<T>(run: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: testDatabaseUrl() });
  await client.connect();
  try {
    return await run(client);
  } finally {
    await client.end();
  }
}

/**
 * Empties every table except the reference data, in one statement so foreign keys between
 * them do not matter. Tables are listed from the catalogue, so new models are covered.
 */
export async function truncateDomainTables(): Promise<void> {
  await withTestDb(async (client) => {
    const { rows } = await client.query<{ name: string }>(
      `SELECT quote_ident(tablename) AS name FROM pg_tables WHERE schemaname = 'public' AND NOT (tablename = ANY($1)) ORDER BY tablename`,
      [REFERENCE_TABLES],
    );
    if (rows.length > 0) await client.query(`TRUNCATE ${rows.map((r) => r.name).join(", ")}`);
  });
}
