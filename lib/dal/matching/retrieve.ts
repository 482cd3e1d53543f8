import "server-only";
import type { db, DbClient } from "@/lib/db";
import { loadCandidateFeatures, loadNeedProfile } from "@/lib/dal/matching/features";
import { loadActiveWeights } from "@/lib/dal/matching/weights";
import { KBLI_LEVEL_VALUE, LOCATION_BANDS, MICRO_PRIORITY_VALUE, TEXT_FULL_MATCHES } from "@/lib/matching/components";
import type { NeedForMatching } from "@/lib/matching/features";
import {
  buildBuckets,
  canEnter,
  prefixesOf,
  requirementsFor,
  ROUNDING_MARGIN,
  SCALE_ORDER,
  type Bucket,
  type Cutoff,
  type RetrievedCandidate,
} from "@/lib/matching/retrieve";
import { compareScored, scoreCandidate, type LoadedWeights } from "@/lib/matching/score";

// Exact top-N retrieval without reading the registry (DESIGN.md "Candidate retrieval happens in
// SQL with indexes"). Candidates are visited in buckets — KBLI level (5, 4, 3, 2 digits, or a
// text match only) × location band — in descending order of the best score any row of the
// bucket could reach (the plan: lib/matching/retrieve.ts). Inside a bucket, SQL orders rows by an upper bound of their score built
// from indexed columns (KBLI prefixes GIN, regency btree, search vector) and the need's terms;
// the exact score is then computed in TypeScript by lib/matching/score.ts. Retrieval stops as
// soon as no unvisited row can reach the N-th best exact score. Rows whose score can exceed the
// SQL bound (a verified nomination, an issued required document) are few and scored up front.

/** Rows per slice query. */
const PAGE = 200;

type SqlContext = { sql: string; params: unknown[] };

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

function bucketQuery(
  need: NeedForMatching,
  weights: LoadedWeights,
  bucket: Bucket,
  nibRequired: boolean,
  cut: Cutoff | null,
  offset: number,
): SqlContext {
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
    params.push(
      bucket.regencies.flatMap((regency) =>
        prefixesOf(need.kbliCodes, bucket.level).map((prefix) => `${regency}:${prefix}${suffix}`),
      ),
    );
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
  const readiness =
    required === 0 ? "1.0" : nibRequired ? `(CASE WHEN u.nib IS NOT NULL THEN 1.0 ELSE 0.0 END) / ${required}` : "0.0";
  let capacity = "CASE WHEN u.capacity <= 0 THEN 0.0 ELSE 1.0 END";
  if (need.estimatedValueRp !== null && need.estimatedValueRp > 0n) {
    params.push(Number(need.estimatedValueRp) / Math.max(1, need.slots));
    capacity = `CASE WHEN u.capacity <= 0 THEN 0.0 ELSE least(1.0, u.annual_sales_rp::float8 / $${params.length}::float8) END`;
  }
  const band = bucket.outsideKnown ? 0 : LOCATION_BANDS[bucket.band]!.value;
  const constant = w.kbli * (KBLI_LEVEL_VALUE[bucket.level] ?? 0) + w.location * band + w.fairness;
  const bound = `100 * (${constant} + ${w.text} * least(1.0, ${textCount(need.terms, params)}::float8 / ${TEXT_FULL_MATCHES}) + ${w.capacity} * ${capacity}
      + ${w.readiness} * ${readiness} + ${w.nomination} * (CASE WHEN u.scale = 'MIKRO' THEN ${MICRO_PRIORITY_VALUE} ELSE 0.0 END))`;
  // canEnter() in SQL: at least the N-th score (a tie is decided by the tie-break after scoring).
  params.push(cut ? cut.score : -1, PAGE, offset);
  const scoreAt = params.length - 2;
  return {
    sql: `SELECT id, bound FROM (SELECT u.id::text AS id, ${bound} AS bound FROM umkm u WHERE ${where.join(" AND ")}) c
          WHERE bound >= $${scoreAt} - ${ROUNDING_MARGIN}
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
 * The top `limit` UMKM for a need with their score breakdowns, best first (ties: compareScored). Exact:
 * the same list as scoring every eligible UMKM (tests/unit/matching-retrieval.test.ts checks it
 * against brute force). Excludes UMKM whose match with the need was already acted on
 * (anything but SUGGESTED). Returns [] for an unknown need.
 */
export async function retrieveCandidates(
  client: DbClient,
  needId: string,
  opts: { limit: number; weights?: LoadedWeights },
): Promise<RetrievedCandidate[]> {
  // Each slice query reads a few hundred rows; a parallel plan (chosen from poor estimates of the
  // many match keys) costs more in worker start-up than the whole query. SET LOCAL needs a
  // transaction: open one unless the caller already holds one.
  const run = async (tx: DbClient) => {
    await tx.$executeRawUnsafe("SET LOCAL max_parallel_workers_per_gather = 0");
    return retrieveInTransaction(tx, needId, opts);
  };
  return "$transaction" in client ? (client as typeof db).$transaction(run, { timeout: 60_000 }) : run(client);
}

async function retrieveInTransaction(
  client: DbClient,
  needId: string,
  opts: { limit: number; weights?: LoadedWeights },
): Promise<RetrievedCandidate[]> {
  const need = await loadNeedProfile(client, needId);
  if (!need || opts.limit <= 0) return [];
  const weights = opts.weights ?? (await loadActiveWeights(client));
  const nibRequired = need.requiredDocuments.some((d) => d.code === "NIB");
  const scored = new Map<string, RetrievedCandidate>();
  let best: RetrievedCandidate[] = [];
  // The N-th best so far: a row can still enter only with a score at least as high (a tie goes to the tie-break).
  const threshold = () =>
    best.length < opts.limit ? Number.NEGATIVE_INFINITY : best[opts.limit - 1]!.breakdown.score - ROUNDING_MARGIN;
  const cutoff = (): Cutoff | null =>
    best.length < opts.limit
      ? null
      : { score: best[opts.limit - 1]!.breakdown.score, id: best[opts.limit - 1]!.umkmId };
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
