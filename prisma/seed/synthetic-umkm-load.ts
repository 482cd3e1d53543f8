import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import type pg from "pg";
import { from as copyFrom } from "pg-copy-streams";
import { generateSyntheticUmkm, SYNTHETIC_ID_PREFIX, type SyntheticUmkm } from "@/prisma/seed/synthetic-umkm";

/**
 * Loads synthetic UMKM (synthetic-umkm.ts) into the database in one transaction: COPY on
 * PostgreSQL; batched multi-row INSERTs on PGlite, whose socket server does not speak the COPY
 * sub-protocol. Nothing is half-loaded: a failure or a killed process rolls everything back.
 */
export type LoadOptions = {
  count: number;
  seed?: number;
  /** Delete earlier synthetic rows first; without it, loading refuses when some exist. */
  replace?: boolean;
  method?: "auto" | "copy" | "insert";
  /** Below this many rows the secondary indexes stay in place (their rebuild costs more). */
  rebuildIndexesFrom?: number;
  log?: (message: string) => void;
};

export type LoadResult = {
  inserted: number;
  deleted: number;
  method: "copy" | "insert";
  seconds: Record<string, number>;
};

/** SQL condition matching exactly the generated rows: the id prefix and UUID version 8. */
export const SYNTHETIC_ROWS_SQL = `id >= '${SYNTHETIC_ID_PREFIX}-0000-0000-0000-000000000000' AND id <= '${SYNTHETIC_ID_PREFIX}-ffff-ffff-ffff-ffffffffffff' AND substr(id::text, 15, 1) = '8'`;

const COLUMNS = [
  "id",
  "business_name",
  "owner_name",
  "phone",
  "nib",
  "products_text",
  "regency_code",
  "district_code",
  "address",
  "capital_rp",
  "annual_sales_rp",
  "scale",
  "employees",
  "year_established",
  "capacity",
  "kbli_prefixes",
  "updated_at",
] as const;
const TYPES = [
  "uuid",
  "text",
  "text",
  "text",
  "bpchar",
  "text",
  "varchar",
  "varchar",
  "text",
  "int8",
  "int8",
  '"UmkmScale"',
  "int4",
  "int2",
  "int4",
  "text",
  "timestamp",
] as const;

function values(row: SyntheticUmkm, now: string): (string | null)[] {
  return [
    row.id,
    row.businessName,
    row.ownerName,
    row.phone,
    row.nib,
    row.productsText,
    row.regencyCode,
    row.districtCode,
    row.address,
    String(row.capitalRp),
    String(row.annualSalesRp),
    row.scale,
    String(row.employees),
    String(row.yearEstablished),
    String(row.capacity),
    `{${row.kbliPrefixes.join(",")}}`,
    now,
  ];
}

/** COPY text format: backslash, tab and line breaks escaped; \N is NULL. */
function copyField(value: string | null): string {
  return value === null
    ? "\\N"
    : value.replace(/\\/g, "\\\\").replace(/\t/g, "\\t").replace(/\n/g, "\\n").replace(/\r/g, "\\r");
}

function* copyLines(rows: Iterable<SyntheticUmkm>, now: string): Generator<string> {
  let buffer: string[] = [];
  for (const row of rows) {
    buffer.push(values(row, now).map(copyField).join("\t"));
    if (buffer.length === 2000) {
      yield `${buffer.join("\n")}\n`;
      buffer = [];
    }
  }
  if (buffer.length) yield `${buffer.join("\n")}\n`;
}

async function insertBatches(client: pg.Client, rows: Iterable<SyntheticUmkm>, now: string): Promise<void> {
  const select = TYPES.map((type, i) => `$${i + 1}::${type}[]`).join(", ");
  const sql = `INSERT INTO umkm (${COLUMNS.join(", ")}) SELECT ${COLUMNS.map((c) => (c === "kbli_prefixes" ? `${c}::text[]` : c)).join(", ")} FROM unnest(${select}) AS t(${COLUMNS.join(", ")})`;
  let batch: (string | null)[][] = [];
  const flush = async () => {
    if (batch.length)
      await client.query(
        sql,
        COLUMNS.map((_, i) => batch.map((r) => r[i] ?? null)),
      );
    batch = [];
  };
  for (const row of rows) {
    batch.push(values(row, now));
    if (batch.length === 1000) await flush();
  }
  await flush();
}

async function timed<T>(seconds: Record<string, number>, step: string, run: () => Promise<T>): Promise<T> {
  const start = performance.now();
  const result = await run();
  seconds[step] = Math.round(performance.now() - start) / 1000;
  return result;
}

/** The non-unique indexes of `table` (unique ones stay: they guard data, not speed). */
async function secondaryIndexes(client: pg.Client, table: string): Promise<{ name: string; definition: string }[]> {
  const { rows } = await client.query<{ name: string; definition: string }>(
    `SELECT indexname AS name, indexdef AS definition FROM pg_indexes WHERE schemaname = current_schema() AND tablename = $1 AND indexdef NOT LIKE 'CREATE UNIQUE %' ORDER BY indexname`,
    [table],
  );
  return rows;
}

/**
 * Generates and loads `count` synthetic UMKM with their `umkm_kbli` rows. For large loads the
 * non-unique indexes are dropped and rebuilt afterwards (one sort beats a million GIN inserts);
 * the search_vector trigger stays on, so the vectors are computed inside the COPY.
 */
export async function loadSyntheticUmkm(client: pg.Client, options: LoadOptions): Promise<LoadResult> {
  const { count, seed = 42, replace = false, rebuildIndexesFrom = 50_000, log = () => {} } = options;
  const {
    rows: [server],
  } = await client.query<{ version: string }>("SELECT version()");
  const method =
    options.method && options.method !== "auto"
      ? options.method
      : /wasm|emscripten/i.test(server?.version ?? "")
        ? "insert"
        : "copy";
  const seconds: Record<string, number> = {};
  const now = new Date().toISOString();
  await client.query("BEGIN");
  try {
    // Generated NIBs are registry data: their NIB paperwork items (trigger umkm_nib_item_sync) say so.
    await client.query(
      "SELECT set_config('portal.nib_source', 'REGISTRY', true), set_config('portal.actor_id', '', true)",
    );
    const {
      rows: [existing],
    } = await client.query<{ n: number }>(`SELECT count(*)::int AS n FROM umkm WHERE ${SYNTHETIC_ROWS_SQL}`);
    if ((existing?.n ?? 0) > 0 && !replace)
      throw new Error(`${existing?.n} synthetic UMKM already exist: pass --replace to delete them first`);
    const deleted = await timed(
      seconds,
      "delete",
      async () => (await client.query(`DELETE FROM umkm WHERE ${SYNTHETIC_ROWS_SQL}`)).rowCount ?? 0,
    );
    const rebuild =
      count >= rebuildIndexesFrom
        ? [...(await secondaryIndexes(client, "umkm")), ...(await secondaryIndexes(client, "umkm_kbli"))]
        : [];
    if (method === "copy") await client.query("SET LOCAL maintenance_work_mem = '256MB'");
    for (const index of rebuild) await client.query(`DROP INDEX "${index.name}"`);
    log(
      `${method === "copy" ? "COPY" : "INSERT"} of ${count} rows (seed ${seed})${rebuild.length ? `, ${rebuild.length} indexes rebuilt afterwards` : ""}…`,
    );
    await timed(seconds, "umkm", async () => {
      const rows = generateSyntheticUmkm(count, seed);
      if (method === "insert") return insertBatches(client, rows, now);
      const stream = client.query(copyFrom(`COPY umkm (${COLUMNS.join(", ")}) FROM STDIN`));
      await pipeline(Readable.from(copyLines(rows, now)), stream);
    });
    // Every curated KBLI code is a 5-digit kelompok, so the codes are the 5-digit prefixes.
    await timed(seconds, "umkm_kbli", () =>
      client.query(
        `INSERT INTO umkm_kbli (umkm_id, kbli_version, code) SELECT id, 'KBLI_2020', p FROM umkm, unnest(kbli_prefixes) AS p WHERE ${SYNTHETIC_ROWS_SQL} AND length(p) = 5`,
      ),
    );
    // The NIB items are written by a trigger deferred to COMMIT; fire it here so it is timed.
    await timed(seconds, "nib_items", () => client.query('SET CONSTRAINTS "umkm_nib_item_on_insert" IMMEDIATE'));
    await timed(seconds, "indexes", async () => {
      for (const index of rebuild) await client.query(index.definition);
    });
    await client.query("COMMIT");
    if (count >= rebuildIndexesFrom) await timed(seconds, "cluster", () => clusterUmkmByRegion(client));
    // VACUUM, not just ANALYZE: it sets the hint bits and the visibility map, so the first
    // queries do not rewrite every freshly loaded page and index-only scans need no heap visit.
    await timed(seconds, "vacuum_analyze", () => client.query("VACUUM (ANALYZE) umkm, umkm_kbli"));
    return { inserted: count, deleted, method, seconds };
  } catch (error) {
    await client.query("ROLLBACK");
    throw error;
  }
}

/**
 * Rewrites `umkm` in (kabupaten/kota, KBLI prefixes) order. The matching service reads one
 * (kabupaten/kota × KBLI) slice at a time (lib/matching/retrieve.ts): clustered, a slice of
 * 20,000 caterers in Medan sits on a few hundred consecutive pages instead of 20,000 scattered
 * ones. PostgreSQL does not keep the order on later writes: run it after bulk loads or imports
 * (`npm run db:cluster-umkm`). Takes an exclusive lock while it rewrites the table.
 */
export async function clusterUmkmByRegion(client: pg.Client): Promise<void> {
  await client.query("CREATE INDEX IF NOT EXISTS umkm_cluster_order ON umkm (regency_code, kbli_prefixes)");
  try {
    await client.query("CLUSTER umkm USING umkm_cluster_order");
  } finally {
    await client.query("DROP INDEX IF EXISTS umkm_cluster_order");
  }
}

/** Removes every synthetic UMKM (and, by cascade, their KBLI rows); returns how many. */
export async function deleteSyntheticUmkm(client: pg.Client): Promise<number> {
  return (await client.query(`DELETE FROM umkm WHERE ${SYNTHETIC_ROWS_SQL}`)).rowCount ?? 0;
}
