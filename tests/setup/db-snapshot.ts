import pg from "pg";

// Tables whose changes are expected side effects of refused requests, not data changes:
// audit events (a refusal is audited), migration bookkeeping and rate-limit counters.
const IGNORED = new Set(["audit_events", "_prisma_migrations", "rate_limits"]);

/**
 * A fingerprint of every table's content (row count + md5 of all rows), read from the test
 * database of the current run (DATABASE_URL). Equal fingerprints = nothing changed.
 */
export async function snapshotDatabase(): Promise<Record<string, string>> {
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  try {
    const { rows: tables } = await client.query<{ name: string }>(
      "SELECT table_name AS name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY 1",
    );
    const snapshot: Record<string, string> = {};
    for (const { name } of tables) {
      if (IGNORED.has(name)) continue;
      const { rows } = await client.query<{ n: string; digest: string | null }>(
        `SELECT count(*)::text AS n, md5(string_agg(t::text, '|' ORDER BY t::text)) AS digest FROM "${name}" t`,
      );
      snapshot[name] = `${rows[0]!.n}:${rows[0]!.digest ?? ""}`;
    }
    return snapshot;
  } finally {
    await client.end();
  }
}
