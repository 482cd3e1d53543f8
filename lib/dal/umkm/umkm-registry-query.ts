import "server-only";
import type { Db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import type { UmkmScale } from "@/lib/generated/prisma/enums";
import type { RegistryFilter } from "@/lib/validation/registry";
import { getRegionReference, type RegionReference } from "@/lib/dal/umkm/umkm-reference";

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
 * The keys of `umkm.registry_facets` (kept by the UMKM trigger with SQL function
 * umkm_registry_facets) a row must hold to match `filter`: the KBLI prefix itself (every
 * 2–5-digit prefix is stored), `s:<scale>`, `nib`/`nonib`, `r:<kabupaten/kota>`,
 * `d:<kecamatan>`. Text and open nominations are not facets. A kecamatan implies its
 * kabupaten/kota, so only the kecamatan's key is used.
 */
export function facetKeys(filter: RegistryFilter): string[] {
  const keys: string[] = [];
  if (filter.district) keys.push(`d:${filter.district}`);
  else if (filter.regency) keys.push(`r:${filter.regency}`);
  if (filter.kbli) keys.push(filter.kbli);
  if (filter.scale) keys.push(`s:${filter.scale}`);
  if (filter.nib) keys.push(filter.nib === "yes" ? "nib" : "nonib");
  return keys;
}

const hasFacets = (keys: string[]) => Prisma.sql`u.registry_facets @> ${keys}::text[]`;
const nominationCondition = (filter: RegistryFilter) =>
  filter.nominated ? [filter.nominated === "yes" ? OPEN_NOMINATION : Prisma.sql`NOT ${OPEN_NOMINATION}`] : [];
const textQuery = (filter: RegistryFilter) =>
  filter.q ? Prisma.sql`websearch_to_tsquery('indonesian', ${filter.q})` : null;

/**
 * The filter as SQL conditions on alias `u` for the walk, split three ways: `base` (answered in
 * id order by a walk index: umkm_registry_district_walk_idx (district_code, id, registry_facets)
 * for a kecamatan — never the kabupaten's rows as well —, umkm_registry_walk_idx (regency_code,
 * id, registry_facets) for a kabupaten/kota only, else the primary key), `other` (the remaining
 * facets in one `@>`, read from the walk index's own column, and nominations) and `text` (the
 * GIN on search_vector; `@@` with the `indonesian` configuration of its trigger).
 */
export function registryConditions(
  filter: RegistryFilter,
  after: string | null,
): { base: Prisma.Sql[]; other: Prisma.Sql[]; text: Prisma.Sql | null } {
  const base: Prisma.Sql[] = [];
  if (filter.district) base.push(Prisma.sql`u.district_code = ${filter.district}`);
  else if (filter.regency) base.push(Prisma.sql`u.regency_code = ${filter.regency}`);
  if (after) base.push(Prisma.sql`u.id > ${after}::uuid`);
  const rest = facetKeys({ ...filter, regency: undefined, district: undefined });
  const other = [...(rest.length ? [hasFacets(rest)] : []), ...nominationCondition(filter)];
  return { base, other, text: textQuery(filter) };
}

/**
 * Every condition for the plans that read through GIN indexes (the sparse plan and the
 * estimate): all facet keys, the kabupaten's or kecamatan's included, in one `@>` on
 * umkm_registry_facets_idx; then text and nominations.
 */
function allConditions(filter: RegistryFilter, after: string | null): Prisma.Sql[] {
  const keys = facetKeys(filter);
  const text = textQuery(filter);
  return [
    ...(after ? [Prisma.sql`u.id > ${after}::uuid`] : []),
    ...(keys.length ? [hasFacets(keys)] : []),
    ...(text ? [Prisma.sql`u.search_vector @@ ${text}`] : []),
    ...nominationCondition(filter),
  ];
}

const where = (conditions: Prisma.Sql[]) =>
  conditions.length ? Prisma.sql`WHERE ${Prisma.join(conditions, " AND ")}` : Prisma.empty;

/** Rows read in id order before giving up on the index walk (see selectRegistryIds). */
export const windowSize = (limit: number) => Math.max(5000, limit * 4);

/**
 * Plan 1, "walk": the kecamatan's, the kabupaten's or the whole table's rows in id order, at
 * most `window` of them — an index-only scan of a walk index — filtered on its facets column;
 * the text condition is then checked by primary key for those candidates only. Stops at the
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
    FROM (SELECT u.id, u.registry_facets FROM umkm u ${where(base)} ORDER BY u.id LIMIT ${window}::int) u
    ${where(conditions)} ORDER BY u.id LIMIT ${limit}::int`;
}

/** How many of the walk's rows exist (an index-only count): fewer than `window` = the walk saw them all. */
function walkedSql(filter: RegistryFilter, after: string | null, window: number): Prisma.Sql {
  const { base } = registryConditions(filter, after);
  return Prisma.sql`SELECT count(*)::int AS n FROM (SELECT 1 FROM umkm u ${where(base)} ORDER BY u.id LIMIT ${window}::int) w`;
}

/**
 * Plan 2, "sparse": every match through the GIN indexes — one `@>` over all facet keys, the
 * text GIN, nominations — (MATERIALIZED keeps the planner from turning it back into a walk),
 * then the first `limit` by id. Used only when the matches are rare, so "every match" is few rows.
 */
export function sparseSql(filter: RegistryFilter, after: string | null, limit: number): Prisma.Sql {
  return Prisma.sql`
    WITH m AS MATERIALIZED (SELECT u.id FROM umkm u ${where(allConditions(filter, after))})
    SELECT m.id::text AS id FROM m ORDER BY m.id LIMIT ${limit}::int`;
}

/** The shape whose planner estimate is the registry's "±" total (never executed). */
export function countSql(filter: RegistryFilter): Prisma.Sql {
  return Prisma.sql`SELECT 1 FROM umkm u ${where(allConditions(filter, null))}`;
}

/** PostgreSQL's estimate of the table's rows, or null before the first VACUUM/ANALYZE. */
async function estimatedTableRows(client: Db): Promise<number | null> {
  const [row] = await client.$queryRaw<
    { n: number }[]
  >`SELECT reltuples::float8 AS n FROM pg_class WHERE oid = 'umkm'::regclass`;
  return row && row.n >= 0 ? Math.round(row.n) : null;
}

/** The planner's row estimate of `sql` (EXPLAIN, not run). */
async function plannedRows(client: Db, sql: Prisma.Sql): Promise<number> {
  const [row] = await client.$queryRaw<{ "QUERY PLAN": unknown }[]>`EXPLAIN (FORMAT JSON) ${sql}`;
  const raw = row?.["QUERY PLAN"];
  const plan = (typeof raw === "string" ? JSON.parse(raw) : raw) as { Plan?: { "Plan Rows"?: number } }[];
  return Math.round(plan[0]?.Plan?.["Plan Rows"] ?? 0);
}

export type RegistryEstimate = { matches: number; rows: number };

/**
 * How many rows match `filter` by PostgreSQL's statistics, and how many the table has:
 * `pg_class.reltuples` and the planner's estimate of the count shape (EXPLAIN) — about a
 * millisecond, never a count over the table. The planner assumes filters are independent, so
 * the matches are "±", for people and for choosing a plan (selectRegistryIds).
 */
export async function estimateRegistry(client: Db, filter: RegistryFilter): Promise<RegistryEstimate> {
  const filtered = allConditions(filter, null).length > 0;
  const [table, matches] = await Promise.all([
    estimatedTableRows(client),
    filtered ? plannedRows(client, countSql(filter)) : null,
  ]);
  const rows = table ?? (await plannedRows(client, countSql({})));
  return { matches: matches ?? rows, rows };
}

/**
 * The ids of the next `limit` rows matching `filter` after `after`, in id order (keyset
 * pagination: every page costs the same; rows inserted meanwhile never shift a page). Id order,
 * not relevance, also for text search: ranking scores every match before the first row.
 * PostgreSQL alone would pick the walk or the bitmap plan from estimates that assume filters
 * are independent; KBLI and words are strongly correlated (KBLI 01 and "kopi" in Medan match
 * nothing, yet the estimate is hundreds), and a walk over a sparse filter reads the whole
 * kabupaten. So: try the bounded walk; if the matches are rare, read them by bitmap. Without a
 * kabupaten/kecamatan the walk reads the table by primary key (a heap visit per row): when
 * `estimate` says a window would not hold `limit` matches, go to the sparse plan at once.
 */
export async function selectRegistryIds(
  client: Db,
  filter: RegistryFilter,
  after: string | null,
  limit: number,
  window = windowSize(limit),
  estimate?: RegistryEstimate,
): Promise<string[]> {
  const walkIsIndexOnly = Boolean(filter.regency || filter.district);
  const rare = estimate !== undefined && estimate.matches * window < limit * estimate.rows;
  if (walkIsIndexOnly || !rare) {
    const walk = (await client.$queryRaw<{ id: string }[]>(walkSql(filter, after, limit, window))).map((r) => r.id);
    if (walk.length >= limit) return walk;
    const [walked] = await client.$queryRaw<{ n: number }[]>(walkedSql(filter, after, window));
    if ((walked?.n ?? 0) < window) return walk;
  }
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
  district_code: string;
  scale: UmkmScale;
  nib: string | null;
  products_text: string;
  capacity: number;
  kbli_codes: string[];
  is_nominated: boolean;
};

type RegionNames = { regency: Map<string, string>; district: Map<string, string> };
const regionNames = new WeakMap<RegionReference, RegionNames>();

/** Kabupaten/kota and kecamatan names by code, from the process's cached reference data. */
async function loadRegionNames(): Promise<RegionNames> {
  const reference = await getRegionReference();
  let names = regionNames.get(reference);
  if (!names) {
    names = {
      regency: new Map(reference.regencies.map((r) => [r.code, r.name])),
      district: new Map(reference.districts.map((d) => [d.code, d.name])),
    };
    regionNames.set(reference, names);
  }
  return names;
}

/** Names of regions outside the cached reference (another province's rows): looked up, rare. */
async function lookUpRegionNames(client: Db, regencies: string[], districts: string[]): Promise<RegionNames> {
  const [r, d] = await Promise.all([
    regencies.length
      ? client.regency.findMany({ where: { code: { in: regencies } }, select: { code: true, name: true } })
      : [],
    districts.length
      ? client.district.findMany({ where: { code: { in: districts } }, select: { code: true, name: true } })
      : [],
  ]);
  return { regency: new Map(r.map((x) => [x.code, x.name])), district: new Map(d.map((x) => [x.code, x.name])) };
}

/**
 * Business data and KBLI codes of the given rows (one page), in id order; kabupaten/kota and
 * kecamatan names from the in-process reference map (no join of Indonesia's kecamatan per page).
 */
export async function selectRegistryRows(
  client: Db,
  filter: RegistryFilter,
  after: string | null,
  limit: number,
  estimate?: RegistryEstimate,
): Promise<RegistryRow[]> {
  const ids = await selectRegistryIds(client, filter, after, limit, windowSize(limit), estimate);
  if (ids.length === 0) return [];
  const [rows, names] = await Promise.all([
    client.$queryRaw<RawRow[]>`
      SELECT u.id::text, u.business_name, u.regency_code, u.district_code, u.scale, u.nib, u.products_text, u.capacity,
        ARRAY(SELECT k.code FROM umkm_kbli k WHERE k.umkm_id = u.id ORDER BY k.code)::text[] AS kbli_codes,
        ${OPEN_NOMINATION} AS is_nominated
      FROM umkm u
      WHERE u.id = ANY(${ids}::uuid[])
      ORDER BY u.id`,
    loadRegionNames(),
  ]);
  const missing = await lookUpRegionNames(
    client,
    [...new Set(rows.map((r) => r.regency_code).filter((code) => !names.regency.has(code)))],
    [...new Set(rows.map((r) => r.district_code).filter((code) => !names.district.has(code)))],
  );
  const name = (kind: keyof RegionNames, code: string) => names[kind].get(code) ?? missing[kind].get(code) ?? code;
  return rows.map((row) => ({
    id: row.id,
    businessName: row.business_name,
    regencyCode: row.regency_code,
    regencyName: name("regency", row.regency_code),
    districtCode: row.district_code,
    districtName: name("district", row.district_code),
    scale: row.scale,
    nib: row.nib,
    productsText: row.products_text,
    capacity: row.capacity,
    kbliCodes: row.kbli_codes,
    isNominated: row.is_nominated,
  }));
}
