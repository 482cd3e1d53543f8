import type { db, DbClient } from "@/lib/db";
import type { UmkmScale } from "@/lib/generated/prisma/enums";
import { KBLI_LEVEL_VALUE, LOCATION_BANDS, MICRO_PRIORITY_VALUE, locationBand, TEXT_FULL_MATCHES } from "@/lib/matching/components";
import { loadCandidateFeatures, loadNeedProfile, type NeedForMatching } from "@/lib/matching/features";
import { compareScored, scoreCandidate, type LoadedWeights } from "@/lib/matching/score";
import type { ScoreBreakdown } from "@/lib/matching/types";
import { loadActiveWeights } from "@/lib/matching/weights";
import { REGENCY_CENTRES } from "@/lib/reference/regency-centres";

// Exact top-N retrieval without reading the registry (DESIGN.md "Candidate retrieval happens in
// SQL with indexes"). Candidates are visited in buckets — KBLI level (5, 4, 3, 2 digits, or a
// text match only) × location band — in descending order of the best score any row of the
// bucket could reach. Inside a bucket, SQL orders rows by an upper bound of their score built
// from indexed columns (KBLI prefixes GIN, regency btree, search vector) and the need's terms;
// the exact score is then computed in TypeScript by lib/matching/score.ts. Retrieval stops as
// soon as no unvisited row can reach the N-th best exact score. Rows whose score can exceed the
// SQL bound (a verified nomination, an issued required document) are few and scored up front.

export type RetrievedCandidate = { umkmId: string; breakdown: ScoreBreakdown };

const SCALE_ORDER: readonly UmkmScale[] = ["MIKRO", "KECIL", "MENENGAH", "BESAR"];
const PAGE = 200;
/**
 * Scores are rounded to 2 decimals (half up). A row whose bound is this far below the N-th
 * score cannot even tie it; one whose bound is less than HIGHER_MARGIN above cannot beat it
 * (beating S needs an unrounded score ≥ S + 0.005). Both leave room for float error.
 */
const ROUNDING_MARGIN = 0.006;
const HIGHER_MARGIN = 0.004;

/** Need KBLI prefixes of exactly `length` digits. */
const prefixesOf = (codes: readonly string[], length: number) => [...new Set(codes.filter((c) => c.length >= length).map((c) => c.slice(0, length)))];

/**
 * A slice of the candidates: one exact KBLI level (5, 4, 3, 2 digits; 0 = a text match only) in
 * one location band. `bound` is the best score any row of the slice could reach.
 */
type Bucket = { level: number; band: number; regencies: string[]; outsideKnown: boolean; bound: number };

function buildBuckets(need: NeedForMatching, w: LoadedWeights["weights"], nibRequired: boolean): Bucket[] {
  const bands: { regencies: string[]; value: number; outsideKnown: boolean }[] = LOCATION_BANDS.map((band) => ({ regencies: [], value: band.value, outsideKnown: false }));
  for (const code of Object.keys(REGENCY_CENTRES)) {
    const band = locationBand(need.deliveryRegencyCode, code);
    if (band !== null) bands[band]!.regencies.push(code);
  }
  bands.push({ regencies: Object.keys(REGENCY_CENTRES), value: 0, outsideKnown: true });
  const required = need.requiredDocuments.length;
  const readinessMax = required === 0 ? 1 : nibRequired ? 1 / required : 0;
  const textMax = Math.min(TEXT_FULL_MATCHES, need.terms.length) / TEXT_FULL_MATCHES;
  const rest = w.text * textMax + w.capacity + w.readiness * readinessMax + w.nomination * MICRO_PRIORITY_VALUE + w.fairness;
  const levels = [5, 4, 3, 2].filter((level) => prefixesOf(need.kbliCodes, level).length > 0);
  if (need.terms.length > 0) levels.push(0);
  const buckets: Bucket[] = [];
  for (const level of levels) {
    bands.forEach((band, index) => {
      if (!band.outsideKnown && band.regencies.length === 0) return;
      const bound = 100 * (w.kbli * (KBLI_LEVEL_VALUE[level] ?? 0) + w.location * band.value + rest);
      buckets.push({ level, band: index, regencies: band.regencies, outsideKnown: band.outsideKnown, bound });
    });
  }
  return buckets.sort((a, b) => b.bound - a.bound || b.level - a.level || a.band - b.band);
}

type SqlContext = { sql: string; params: unknown[] };

/** The N-th best candidate so far (score rounded to 2 decimals, id); null until N are found. */
type Cutoff = { score: number; id: string };

/**
 * Whether a row whose score is at most `bound` could still enter the top N: a score higher
 * than the N-th, or the same (after rounding to 2 decimals) with a smaller id.
 */
function canEnter(row: { id: string; bound: number }, cut: Cutoff | null): boolean {
  if (!cut) return true;
  return row.bound >= cut.score + HIGHER_MARGIN || (row.bound >= cut.score - ROUNDING_MARGIN && row.id < cut.id);
}

/**
 * Necessary conditions for a row of `bucket` to score at least `threshold` points, given that
 * capacity, naik-kelas and fairness are at most their maximum. Returns minTerms = Infinity
 * when no row of the slice can get there.
 */
export function requirementsFor(need: NeedForMatching, weights: LoadedWeights, bucket: Bucket, nibRequired: boolean, threshold: number): { minTerms: number; needsNib: boolean } {
  if (!Number.isFinite(threshold)) return { minTerms: 0, needsNib: false };
  const w = weights.weights;
  const required = need.requiredDocuments.length;
  const band = bucket.outsideKnown ? 0 : LOCATION_BANDS[bucket.band]!.value;
  const base = 100 * (w.kbli * (KBLI_LEVEL_VALUE[bucket.level] ?? 0) + w.location * band + w.capacity + w.nomination * MICRO_PRIORITY_VALUE + w.fairness + (required === 0 ? w.readiness : 0));
  const nibPoints = required > 0 && nibRequired ? (100 * w.readiness) / required : 0;
  const textPoints = (k: number) => (100 * w.text * Math.min(k, TEXT_FULL_MATCHES)) / TEXT_FULL_MATCHES;
  const maxTerms = Math.min(TEXT_FULL_MATCHES, need.terms.length);
  const needed = threshold - base;
  const minTerms = [...Array(maxTerms + 1).keys()].find((k) => textPoints(k) + nibPoints >= needed) ?? Number.POSITIVE_INFINITY;
  return { minTerms, needsNib: nibPoints > 0 && textPoints(maxTerms) < needed };
}

/** The WHERE clause every candidate satisfies (DESIGN.md hard filters), as SQL over alias `u`. */
function hardFilter(need: NeedForMatching, params: unknown[]): string {
  const scales = SCALE_ORDER.slice(SCALE_ORDER.indexOf(need.minScale), SCALE_ORDER.indexOf(need.maxScale) + 1);
  params.push(need.id, scales);
  return `u.is_active AND u.scale = ANY($${params.length}::"UmkmScale"[])
      AND NOT EXISTS (SELECT 1 FROM matches m WHERE m.need_id = $${params.length - 1}::uuid AND m.umkm_id = u.id AND m.status <> 'SUGGESTED')`;
}

/** How many of the need's terms a row's search vector holds, in SQL (mirrors textComponent). */
function textCount(terms: readonly string[], params: unknown[]): string {
  if (terms.length === 0) return "0";
  const parts = terms.map((term) => {
    params.push(term);
    return `(u.search_vector @@ $${params.length}::tsquery)::int`;
  });
  return `(${parts.join(" + ")})`;
}

function bucketQuery(need: NeedForMatching, weights: LoadedWeights, bucket: Bucket, nibRequired: boolean, cut: Cutoff | null, offset: number): SqlContext {
  const w = weights.weights;
  const threshold = cut ? cut.score - ROUNDING_MARGIN : Number.NEGATIVE_INFINITY;
  // What a row of this slice needs to reach the threshold: at least `minTerms` of the need's
  // terms, and an NIB when the terms alone cannot get there (necessary conditions).
  const { minTerms, needsNib } = requirementsFor(need, weights, bucket, nibRequired, threshold);
  const params: unknown[] = [];
  const where = [hardFilter(need, params)];
  if (bucket.outsideKnown) {
    params.push(bucket.regencies);
    where.push(`NOT (u.regency_code = ANY($${params.length}::text[]))`);
    if (bucket.level > 0) {
      params.push(prefixesOf(need.kbliCodes, bucket.level));
      where.push(`u.kbli_prefixes && $${params.length}::text[]`);
    }
  } else if (bucket.level > 0) {
    // One GIN lookup of "<regency>:<prefix>[:nib]" keys reads exactly this slice (umkm.match_keys).
    const suffix = needsNib ? ":nib" : "";
    params.push(bucket.regencies.flatMap((regency) => prefixesOf(need.kbliCodes, bucket.level).map((prefix) => `${regency}:${prefix}${suffix}`)));
    where.push(`u.match_keys && $${params.length}::text[]`);
  } else {
    params.push(bucket.regencies);
    where.push(`u.regency_code = ANY($${params.length}::text[])`);
  }
  const higher = bucket.level === 0 ? 2 : bucket.level + 1;
  if (higher <= 5 && prefixesOf(need.kbliCodes, higher).length > 0) {
    params.push(prefixesOf(need.kbliCodes, higher));
    where.push(`NOT (u.kbli_prefixes && $${params.length}::text[])`);
  }
  if (bucket.level === 0) {
    // Text-only slices are read through the search-vector GIN; the others through match_keys,
    // with the term count as a plain filter (an OR of terms through the GIN costs more there).
    params.push(need.terms.join(" | "));
    where.push(`u.search_vector @@ $${params.length}::tsquery`);
  }
  if (minTerms > (bucket.level === 0 ? 1 : 0)) where.push(`${textCount(need.terms, params)} >= ${minTerms}`);
  // A plain filter: the sparse NIB btree is a costly bitmap; match_keys already has ":nib" keys.
  if (needsNib) where.push("coalesce(u.nib, '') <> ''");
  const required = need.requiredDocuments.length;
  const readiness = required === 0 ? "1.0" : nibRequired ? `(CASE WHEN u.nib IS NOT NULL THEN 1.0 ELSE 0.0 END) / ${required}` : "0.0";
  let capacity = "CASE WHEN u.capacity <= 0 THEN 0.0 ELSE 1.0 END";
  if (need.estimatedValueRp !== null && need.estimatedValueRp > 0n) {
    params.push(Number(need.estimatedValueRp) / Math.max(1, need.slots));
    capacity = `CASE WHEN u.capacity <= 0 THEN 0.0 ELSE least(1.0, u.annual_sales_rp::float8 / $${params.length}::float8) END`;
  }
  const band = bucket.outsideKnown ? 0 : LOCATION_BANDS[bucket.band]!.value;
  const constant = w.kbli * (KBLI_LEVEL_VALUE[bucket.level] ?? 0) + w.location * band + w.fairness;
  const bound = `100 * (${constant} + ${w.text} * least(1.0, ${textCount(need.terms, params)}::float8 / ${TEXT_FULL_MATCHES}) + ${w.capacity} * ${capacity}
      + ${w.readiness} * ${readiness} + ${w.nomination} * (CASE WHEN u.scale = 'MIKRO' THEN ${MICRO_PRIORITY_VALUE} ELSE 0.0 END))`;
  // canEnter() in SQL: above the N-th score, or tied with it and a smaller id.
  params.push(cut ? cut.score : -1, cut ? cut.id : "", PAGE, offset);
  const [scoreAt, idAt] = [params.length - 3, params.length - 2];
  return {
    sql: `SELECT id, bound FROM (SELECT u.id::text AS id, ${bound} AS bound FROM umkm u WHERE ${where.join(" AND ")}) c
          WHERE bound >= $${scoreAt} + ${HIGHER_MARGIN} OR (bound >= $${scoreAt} - ${ROUNDING_MARGIN} AND id COLLATE "C" < $${idAt})
          ORDER BY bound DESC, id COLLATE "C" LIMIT $${params.length - 1} OFFSET $${params.length}`,
    params,
  };
}

/** UMKM whose score may exceed the SQL bound: a verified nomination, or an issued document the need requires other than the NIB. */
async function specialCandidates(client: DbClient, need: NeedForMatching): Promise<string[]> {
  const params: unknown[] = [];
  const filter = hardFilter(need, params);
  params.push(prefixesOf(need.kbliCodes, 2));
  const kbli = `u.kbli_prefixes && $${params.length}::text[]`;
  let text = "false";
  if (need.terms.length > 0) {
    params.push(need.terms.join(" | "));
    text = `u.search_vector @@ $${params.length}::tsquery`;
  }
  // The NIB is not "special": an ISSUED NIB item always comes with `umkm.nib` (one fact, migration
  // nib_one_fact), which the slice SQL already counts in its bound — 36,000 NIB holders of the
  // registry scored up front would cost more than the whole retrieval.
  params.push(need.requiredDocuments.filter((d) => d.code !== "NIB").map((d) => d.documentTypeId));
  const rows = await client.$queryRawUnsafe<{ id: string }[]>(
    `SELECT u.id::text AS id FROM umkm u
      WHERE u.id IN (SELECT umkm_id FROM nominations WHERE status = 'VERIFIED'
                     UNION SELECT umkm_id FROM paperwork_items WHERE status = 'ISSUED' AND document_type_id = ANY($${params.length}::uuid[]))
        AND ${filter} AND (${kbli} OR ${text})`,
    ...params,
  );
  return rows.map((row) => row.id);
}

/**
 * The top `limit` UMKM for a need with their score breakdowns, best first (ties by id). Exact:
 * the same list as scoring every eligible UMKM (tests/unit/matching-retrieval.test.ts checks it
 * against brute force). Excludes UMKM whose match with the need was already acted on
 * (anything but SUGGESTED). Returns [] for an unknown need.
 */
export async function retrieveCandidates(client: DbClient, needId: string, opts: { limit: number; weights?: LoadedWeights }): Promise<RetrievedCandidate[]> {
  // Each slice query reads a few hundred rows; a parallel plan (chosen from poor estimates of the
  // many match keys) costs more in worker start-up than the whole query. SET LOCAL needs a
  // transaction: open one unless the caller already holds one.
  const run = async (tx: DbClient) => {
    await tx.$executeRawUnsafe("SET LOCAL max_parallel_workers_per_gather = 0");
    return retrieveInTransaction(tx, needId, opts);
  };
  return "$transaction" in client ? (client as typeof db).$transaction(run, { timeout: 60_000 }) : run(client);
}

async function retrieveInTransaction(client: DbClient, needId: string, opts: { limit: number; weights?: LoadedWeights }): Promise<RetrievedCandidate[]> {
  const need = await loadNeedProfile(client, needId);
  if (!need || opts.limit <= 0) return [];
  const weights = opts.weights ?? (await loadActiveWeights(client));
  const nibRequired = need.requiredDocuments.some((d) => d.code === "NIB");
  const scored = new Map<string, RetrievedCandidate>();
  let best: RetrievedCandidate[] = [];
  // The N-th best so far: a row can still enter only with a higher score, or the same score and a smaller id.
  const threshold = () => (best.length < opts.limit ? Number.NEGATIVE_INFINITY : best[opts.limit - 1]!.breakdown.score - ROUNDING_MARGIN);
  const cutoff = (): Cutoff | null => (best.length < opts.limit ? null : { score: best[opts.limit - 1]!.breakdown.score, id: best[opts.limit - 1]!.umkmId });
  const score = async (ids: string[]) => {
    const fresh = ids.filter((id) => !scored.has(id));
    const features = await loadCandidateFeatures(client, need, fresh);
    for (const id of fresh) {
      const candidate = features.get(id);
      if (candidate) scored.set(id, { umkmId: id, breakdown: scoreCandidate(need, candidate, weights) });
    }
    best = [...scored.values()].sort(compareScored).slice(0, opts.limit);
  };

  await score(await specialCandidates(client, need));
  for (const bucket of buildBuckets(need, weights.weights, nibRequired)) {
    if (bucket.bound < threshold()) break;
    if (!Number.isFinite(requirementsFor(need, weights, bucket, nibRequired, threshold()).minTerms)) continue;
    for (let offset = 0; ; offset += PAGE) {
      const { sql, params } = bucketQuery(need, weights, bucket, nibRequired, cutoff(), offset);
      const rows = await client.$queryRawUnsafe<{ id: string; bound: number }[]>(sql, ...params);
      await score(rows.filter((row) => canEnter(row, cutoff())).map((row) => row.id));
      if (rows.length < PAGE || !canEnter(rows.at(-1)!, cutoff())) break;
    }
  }
  return best;
}
