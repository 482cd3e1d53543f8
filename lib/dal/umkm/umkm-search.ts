import "server-only";
import { hasRole, UMKM_REGISTRY_ROLES } from "@/lib/access/roles";
import { db, type Db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import type { SessionUser } from "@/lib/session-user";

/** How a row matched the term, best first: NIB, the whole name, the start of the name, words. */
export type UmkmSearchMatch = "nib" | "exact" | "prefix" | "words";

/** Business data only (never owner contact): enough to tell same-named businesses apart. */
export type UmkmSearchHit = {
  id: string;
  businessName: string;
  nib: string | null;
  regency: string;
  district: string;
  match: UmkmSearchMatch;
};

const MATCHES: readonly UmkmSearchMatch[] = ["nib", "exact", "prefix", "words"];

/** Candidates each name tier reads before ranking: bounds the work on a 1.2 M-row registry. */
const TIER_WINDOW = 200;

/** The same rule as the trigger's name_key: lower-cased, trimmed, runs of whitespace collapsed. */
export const searchNameKey = (term: string) => term.trim().replace(/\s+/g, " ").toLowerCase();

/** Words of letters/digits, each as a prefix: "CV. Maju-Jaya" → 'cv':* & 'maju':* & 'jaya':*. */
export function searchWordsQuery(term: string): string | null {
  const words =
    term
      .toLowerCase()
      .match(/[\p{L}\p{N}]+/gu)
      ?.slice(0, 6) ?? [];
  return words.length ? words.map((word) => `'${word}':*`).join(" & ") : null;
}

/**
 * The smallest string after every string starting with `key` in code-point order ("tani" →
 * "tanj"): `name_key > key AND name_key < bound` is a btree range on umkm_name_key_idx, exact
 * under the C / C.UTF-8 collations; starts_with() rechecks it, so under another collation the
 * range can only miss rows, never add wrong ones. No LIKE: its index use needs the C collation
 * or text_pattern_ops, and `%`/`_` typed by a user stay plain characters.
 */
export function prefixUpperBound(key: string): string {
  const points = [...key];
  const last = points.pop() ?? "";
  const next = Math.min((last.codePointAt(0) ?? 0) + 1, 0x10ffff);
  // Skip the surrogate block: a lone surrogate is not valid UTF-8 for PostgreSQL.
  return points.join("") + String.fromCodePoint(next >= 0xd800 && next <= 0xdfff ? 0xe000 : next);
}

/**
 * The ranked search of the registry by NIB or business name, each tier on an index (figures:
 * `npm run bench:search`, BENCHMARKS.md):
 * 1. a 13-digit term: the NIB (unique index umkm_nib_key);
 * 2. the whole name as typed, punctuation included ("CV. Maju Jaya"): name_key = key
 *    (btree umkm_name_key_idx);
 * 3. names starting with the term: a range on the same index (prefixUpperBound), shortest first;
 * 4. only if 1–3 found fewer than `limit`: every word as a prefix of a word of the name or
 *    products, the GIN on search_vector, ranked by ts_rank among at most TIER_WINDOW candidates
 *    (ranking every match of a common word would score hundreds of thousands of rows).
 * Ties (same-named businesses are common: ±800 "Dapur Makmur") are ordered by kabupaten/kota,
 * kecamatan and NIB so the list is stable and each row shows what tells it apart.
 */
export async function rankedUmkmSearch(
  client: Db,
  term: string,
  { limit, activeOnly }: { limit: number; activeOnly: boolean },
): Promise<UmkmSearchHit[]> {
  const trimmed = term.trim();
  const key = searchNameKey(trimmed);
  if (key.length < 2) return [];
  const words = searchWordsQuery(trimmed);
  const active = activeOnly ? Prisma.sql`AND is_active` : Prisma.empty;
  const tiers: Prisma.Sql[] = [];
  if (/^\d{13}$/.test(trimmed))
    tiers.push(Prisma.sql`(SELECT id, 0 AS tier, 0::real AS score FROM umkm WHERE nib = ${trimmed} ${active})`);
  tiers.push(
    Prisma.sql`(SELECT id, 1 AS tier, 0::real AS score FROM umkm WHERE name_key = ${key} ${active} LIMIT ${limit}::int)`,
    Prisma.sql`(SELECT id, 2 AS tier, -length(name_key)::real AS score FROM (
      SELECT id, name_key FROM umkm
      WHERE name_key > ${key} AND name_key < ${prefixUpperBound(key)} AND starts_with(name_key, ${key}) ${active}
      LIMIT ${TIER_WINDOW}::int) p ORDER BY 3 DESC LIMIT ${limit}::int)`,
  );
  const hits = await selectHits(client, tiers, limit);
  // The word tier reads a GIN posting list that can be long ("dapur":* ≈ 30k rows): only when
  // the NIB, exact and prefix tiers left room.
  if (hits.length < limit && words) {
    const seen = new Set(hits.map((hit) => hit.id));
    const more = await selectHits(
      client,
      [
        Prisma.sql`(SELECT id, 3 AS tier, ts_rank(sv, to_tsquery('indonesian', ${words})) AS score FROM (
      SELECT id, search_vector AS sv FROM umkm WHERE search_vector @@ to_tsquery('indonesian', ${words}) ${active}
      LIMIT ${TIER_WINDOW}::int) w ORDER BY 3 DESC LIMIT ${limit}::int)`,
      ],
      limit,
    );
    hits.push(...more.filter((hit) => !seen.has(hit.id)));
  }
  return hits.slice(0, limit);
}

/** The rows of `tiers` (id, tier, score) with their display names, best tier first, each id once. */
async function selectHits(client: Db, tiers: Prisma.Sql[], limit: number): Promise<UmkmSearchHit[]> {
  const rows = await client.$queryRaw<
    { id: string; businessName: string; nib: string | null; regency: string; district: string; tier: number }[]
  >`
    WITH hits AS (
      SELECT DISTINCT ON (id) id, tier, score FROM (${Prisma.join(tiers, " UNION ALL ")}) t ORDER BY id, tier, score DESC)
    SELECT u.id::text AS id, u.business_name AS "businessName", u.nib, r.name AS regency, d.name AS district, h.tier
    FROM hits h
    JOIN umkm u ON u.id = h.id
    JOIN regencies r ON r.code = u.regency_code
    JOIN districts d ON d.code = u.district_code
    ORDER BY h.tier, h.score DESC, u.business_name, r.name, d.name, u.nib NULLS LAST, u.id
    LIMIT ${limit}::int`;
  return rows.map(({ tier, ...row }) => ({ ...row, match: MATCHES[tier] ?? "words" }));
}

export const GLOBAL_SEARCH_LIMIT = 20;

/**
 * The header's global search (`/search?q=`): NIB first, then names (rankedUmkmSearch). The
 * registry is the offices' (UMKM_REGISTRY_ROLES): FORBIDDEN for firms and UMKM owners.
 */
export async function searchRegistry(user: SessionUser, term: string): Promise<UmkmSearchHit[]> {
  if (!hasRole(user, UMKM_REGISTRY_ROLES)) throw new AppError("FORBIDDEN");
  return rankedUmkmSearch(db, term.slice(0, 100), { limit: GLOBAL_SEARCH_LIMIT, activeOnly: false });
}
