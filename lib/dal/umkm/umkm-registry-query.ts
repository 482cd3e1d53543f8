import "server-only";
import type { Db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import type { UmkmScale } from "@/lib/generated/prisma/enums";
import type { RegistryFilter } from "@/lib/validation/registry";

/** A registry row as the list and the export read it: business data only, never owner contact. */
export type RegistryRow = {
  id: string;
  businessName: string;
  regencyCode: string;
  regencyName: string;
  districtCode: string;
  districtName: string;
  scale: UmkmScale;
  nib: string | null;
  productsText: string;
  capacity: number;
  kbliCodes: string[];
  isNominated: boolean;
};

const OPEN_NOMINATION = Prisma.sql`EXISTS (SELECT 1 FROM nominations n WHERE n.umkm_id = u.id AND n.status IN ('PROPOSED', 'VERIFIED'))`;

/**
 * The filter as SQL conditions on alias `u`, split three ways: `base` (answered in id order by
 * umkm_registry_walk_idx (regency_code, id, …) or the primary key), `other` (readable from that
 * index's columns, or from nominations; also served by the district_code and scale btrees, the
 * GIN on kbli_prefixes — `@>`, every 2–5-digit prefix is stored — and the unique NIB index) and
 * `text` (the GIN on search_vector; `@@` with the `indonesian` configuration of its trigger).
 */
export function registryConditions(
  filter: RegistryFilter,
  after: string | null,
): { base: Prisma.Sql[]; other: Prisma.Sql[]; text: Prisma.Sql | null } {
  const base: Prisma.Sql[] = [];
  const other: Prisma.Sql[] = [];
  if (filter.regency) base.push(Prisma.sql`u.regency_code = ${filter.regency}`);
  if (after) base.push(Prisma.sql`u.id > ${after}::uuid`);
  if (filter.district) other.push(Prisma.sql`u.district_code = ${filter.district}`);
  if (filter.kbli) other.push(Prisma.sql`u.kbli_prefixes @> ARRAY[${filter.kbli}::text]`);
  if (filter.scale) other.push(Prisma.sql`u.scale = ${filter.scale}::"UmkmScale"`);
  if (filter.nib) other.push(filter.nib === "yes" ? Prisma.sql`u.nib IS NOT NULL` : Prisma.sql`u.nib IS NULL`);
  if (filter.nominated) other.push(filter.nominated === "yes" ? OPEN_NOMINATION : Prisma.sql`NOT ${OPEN_NOMINATION}`);
  const text = filter.q ? Prisma.sql`websearch_to_tsquery('indonesian', ${filter.q})` : null;
  return { base, other, text };
}

const where = (conditions: Prisma.Sql[]) =>
  conditions.length ? Prisma.sql`WHERE ${Prisma.join(conditions, " AND ")}` : Prisma.empty;

/** Rows read in id order before giving up on the index walk (see selectRegistryIds). */
export const windowSize = (limit: number) => Math.max(5000, limit * 4);

/**
 * Plan 1, "walk": the kabupaten's rows (or the whole table's) in id order, at most `window` of
 * them — an index-only scan of umkm_registry_walk_idx — filtered on the index's columns; the
 * text condition is then checked by primary key for those candidates only. Stops at the
 * `limit`-th match, so a common filter reads only a few hundred index entries.
 */
export function walkSql(
  filter: RegistryFilter,
  after: string | null,
  limit: number,
  window = windowSize(limit),
): Prisma.Sql {
  const { base, other, text } = registryConditions(filter, after);
  // A scalar subquery, not EXISTS: PostgreSQL would turn EXISTS into a join that reads every
  // text match (a bitmap scan of all of them) instead of looking up the few candidates.
  const conditions = text
    ? [...other, Prisma.sql`(SELECT t.search_vector @@ ${text} FROM umkm t WHERE t.id = u.id)`]
    : other;
  return Prisma.sql`
    SELECT u.id::text AS id
    FROM (SELECT u.id, u.district_code, u.scale, u.kbli_prefixes, u.nib FROM umkm u ${where(base)} ORDER BY u.id LIMIT ${window}::int) u
    ${where(conditions)} ORDER BY u.id LIMIT ${limit}::int`;
}

/** How many of the walk's rows exist (an index-only count): fewer than `window` = the walk saw them all. */
function walkedSql(filter: RegistryFilter, after: string | null, window: number): Prisma.Sql {
  const { base } = registryConditions(filter, after);
  return Prisma.sql`SELECT count(*)::int AS n FROM (SELECT 1 FROM umkm u ${where(base)} ORDER BY u.id LIMIT ${window}::int) w`;
}

/**
 * Plan 2, "sparse": every match through the bitmap indexes (MATERIALIZED keeps the planner from
 * turning it back into a walk), then the first `limit` by id. Used only when the walk found the
 * matches to be rare, so "every match" is few rows.
 */
export function sparseSql(filter: RegistryFilter, after: string | null, limit: number): Prisma.Sql {
  const { base, other, text } = registryConditions(filter, after);
  const all = text ? [...base, ...other, Prisma.sql`u.search_vector @@ ${text}`] : [...base, ...other];
  return Prisma.sql`
    WITH m AS MATERIALIZED (SELECT u.id FROM umkm u ${where(all)})
    SELECT m.id::text AS id FROM m ORDER BY m.id LIMIT ${limit}::int`;
}

/**
 * The ids of the next `limit` rows matching `filter` after `after`, in id order (keyset
 * pagination: every page costs the same; rows inserted meanwhile never shift a page). Id order,
 * not relevance, also for text search: ranking scores every match before the first row.
 * PostgreSQL alone would pick the walk or the bitmap plan from estimates that assume filters
 * are independent; KBLI and words are strongly correlated (KBLI 01 and "kopi" in Medan match
 * nothing, yet the estimate is hundreds), and a walk over a sparse filter reads the whole
 * kabupaten. So: try the bounded walk; if the matches are rare, read them by bitmap.
 */
export async function selectRegistryIds(
  client: Db,
  filter: RegistryFilter,
  after: string | null,
  limit: number,
  window = windowSize(limit),
): Promise<string[]> {
  const walk = (await client.$queryRaw<{ id: string }[]>(walkSql(filter, after, limit, window))).map((row) => row.id);
  if (walk.length >= limit) return walk;
  const [walked] = await client.$queryRaw<{ n: number }[]>(walkedSql(filter, after, window));
  if ((walked?.n ?? 0) < window) return walk;
  // Enough work_mem for exact bitmaps of a whole kabupaten (Medan ≈ 200k rows): with the default
  // 4 MB they go lossy and every row of their pages is re-read and re-checked.
  const [, rows] = await client.$transaction([
    client.$executeRaw`SET LOCAL work_mem = '32MB'`,
    client.$queryRaw<{ id: string }[]>(sparseSql(filter, after, limit)),
  ]);
  return rows.map((row) => row.id);
}

type RawRow = {
  id: string;
  business_name: string;
  regency_code: string;
  regency_name: string;
  district_code: string;
  district_name: string;
  scale: UmkmScale;
  nib: string | null;
  products_text: string;
  capacity: number;
  kbli_codes: string[];
  is_nominated: boolean;
};

/** Business data, names and KBLI codes of the given rows (one page), in id order. */
export async function selectRegistryRows(
  client: Db,
  filter: RegistryFilter,
  after: string | null,
  limit: number,
): Promise<RegistryRow[]> {
  const ids = await selectRegistryIds(client, filter, after, limit);
  if (ids.length === 0) return [];
  const rows = await client.$queryRaw<RawRow[]>`
    SELECT u.id::text, u.business_name, u.regency_code, u.district_code, u.scale, u.nib, u.products_text, u.capacity,
      r.name AS regency_name, d.name AS district_name,
      ARRAY(SELECT k.code FROM umkm_kbli k WHERE k.umkm_id = u.id ORDER BY k.code)::text[] AS kbli_codes,
      ${OPEN_NOMINATION} AS is_nominated
    FROM umkm u
    JOIN regencies r ON r.code = u.regency_code
    JOIN districts d ON d.code = u.district_code
    WHERE u.id = ANY(${ids}::uuid[])
    ORDER BY u.id`;
  return rows.map((row) => ({
    id: row.id,
    businessName: row.business_name,
    regencyCode: row.regency_code,
    regencyName: row.regency_name,
    districtCode: row.district_code,
    districtName: row.district_name,
    scale: row.scale,
    nib: row.nib,
    productsText: row.products_text,
    capacity: row.capacity,
    kbliCodes: row.kbli_codes,
    isNominated: row.is_nominated,
  }));
}
