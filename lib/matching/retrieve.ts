import type { UmkmScale } from "@/lib/generated/prisma/enums";
import {
  KBLI_LEVEL_VALUE,
  LOCATION_BANDS,
  MICRO_PRIORITY_VALUE,
  locationBand,
  TEXT_FULL_MATCHES,
} from "@/lib/matching/components";
import type { NeedForMatching } from "@/lib/matching/features";
import type { LoadedWeights } from "@/lib/matching/score";
import type { ScoreBreakdown } from "@/lib/matching/types";
import { REGENCY_CENTRES } from "@/lib/reference/regency-centres";

// The plan of exact top-N retrieval (pure): the slices candidates are visited in, the best
// score a row of each slice could reach, and when a row can no longer enter the top N. The SQL
// that reads the slices, and the retrieval itself, are lib/dal/matching/retrieve.ts.

export type RetrievedCandidate = { umkmId: string; breakdown: ScoreBreakdown };

export const SCALE_ORDER: readonly UmkmScale[] = ["MIKRO", "KECIL", "MENENGAH", "BESAR"];
/**
 * Scores are rounded to 2 decimals (half up). A row whose bound is this far below the N-th
 * score cannot even tie it (room for float error).
 */
export const ROUNDING_MARGIN = 0.006;

/** Need KBLI prefixes of exactly `length` digits. */
export const prefixesOf = (codes: readonly string[], length: number) => [
  ...new Set(codes.filter((c) => c.length >= length).map((c) => c.slice(0, length))),
];

/**
 * A slice of the candidates: one exact KBLI level (5, 4, 3, 2 digits; 0 = a text match only) in
 * one location band. `bound` is the best score any row of the slice could reach.
 */
export type Bucket = { level: number; band: number; regencies: string[]; outsideKnown: boolean; bound: number };

/** Every slice worth visiting for `need`, best bound first (ties: higher KBLI level, nearer band). */
export function buildBuckets(need: NeedForMatching, w: LoadedWeights["weights"], nibRequired: boolean): Bucket[] {
  const bands: { regencies: string[]; value: number; outsideKnown: boolean }[] = LOCATION_BANDS.map((band) => ({
    regencies: [],
    value: band.value,
    outsideKnown: false,
  }));
  for (const code of Object.keys(REGENCY_CENTRES)) {
    const band = locationBand(need.deliveryRegencyCode, code);
    if (band !== null) bands[band]!.regencies.push(code);
  }
  bands.push({ regencies: Object.keys(REGENCY_CENTRES), value: 0, outsideKnown: true });
  const required = need.requiredDocuments.length;
  const readinessMax = required === 0 ? 1 : nibRequired ? 1 / required : 0;
  const textMax = Math.min(TEXT_FULL_MATCHES, need.terms.length) / TEXT_FULL_MATCHES;
  const rest =
    w.text * textMax + w.capacity + w.readiness * readinessMax + w.nomination * MICRO_PRIORITY_VALUE + w.fairness;
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

/** The N-th best candidate so far (score rounded to 2 decimals, id); null until N are found. */
export type Cutoff = { score: number; id: string };

/**
 * Whether a row whose score is at most `bound` could still enter the top N: a score at least
 * the N-th's (after rounding to 2 decimals). A tie with the N-th is decided by the tie-break
 * (compareScored: readiness, location, capacity, then id), whose parts the bound does not
 * know, so every possible tie is scored.
 */
export function canEnter(row: { id: string; bound: number }, cut: Cutoff | null): boolean {
  if (!cut) return true;
  return row.bound >= cut.score - ROUNDING_MARGIN;
}

/**
 * Necessary conditions for a row of `bucket` to score at least `threshold` points, given that
 * capacity, naik-kelas and fairness are at most their maximum. Returns minTerms = Infinity
 * when no row of the slice can get there.
 */
export function requirementsFor(
  need: NeedForMatching,
  weights: LoadedWeights,
  bucket: Bucket,
  nibRequired: boolean,
  threshold: number,
): { minTerms: number; needsNib: boolean } {
  if (!Number.isFinite(threshold)) return { minTerms: 0, needsNib: false };
  const w = weights.weights;
  const required = need.requiredDocuments.length;
  const band = bucket.outsideKnown ? 0 : LOCATION_BANDS[bucket.band]!.value;
  const base =
    100 *
    (w.kbli * (KBLI_LEVEL_VALUE[bucket.level] ?? 0) +
      w.location * band +
      w.capacity +
      w.nomination * MICRO_PRIORITY_VALUE +
      w.fairness +
      (required === 0 ? w.readiness : 0));
  const nibPoints = required > 0 && nibRequired ? (100 * w.readiness) / required : 0;
  const textPoints = (k: number) => (100 * w.text * Math.min(k, TEXT_FULL_MATCHES)) / TEXT_FULL_MATCHES;
  const maxTerms = Math.min(TEXT_FULL_MATCHES, need.terms.length);
  const needed = threshold - base;
  const minTerms =
    [...Array(maxTerms + 1).keys()].find((k) => textPoints(k) + nibPoints >= needed) ?? Number.POSITIVE_INFINITY;
  return { minTerms, needsNib: nibPoints > 0 && textPoints(maxTerms) < needed };
}
