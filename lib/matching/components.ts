import { REGENCY_CENTRES } from "@/lib/reference/regency-centres";
import type { UmkmScale } from "@/lib/generated/prisma/enums";
import type { Reason } from "@/lib/matching/types";

// The scoring components of DESIGN.md "Matching service". Each is a pure function returning a
// value in [0, 1] and the reasons that explain it in words (message keys of the "matching"
// namespace). lib/matching/retrieve-sql.ts mirrors kbli, text, location, capacity and the
// naik-kelas part of nomination in SQL as an upper bound; keep both in step.

export type Component = { value: number; reasons: Reason[] };

/** KBLI fit by the longest prefix shared with any of the need's codes: 5 digits 1.0, 4 → 0.75, 3 → 0.5, 2 → 0.25. */
export const KBLI_LEVEL_VALUE: Readonly<Record<number, number>> = { 5: 1, 4: 0.75, 3: 0.5, 2: 0.25, 0: 0 };

/** The longest shared prefix length (5, 4, 3, 2, or 0 for none) and the need code it came from. */
export function kbliLevel(
  needCodes: readonly string[],
  umkmPrefixes: readonly string[],
): { level: number; prefix: string | null } {
  const held = new Set(umkmPrefixes);
  for (let length = 5; length >= 2; length--) {
    for (const code of [...needCodes].sort()) {
      if (code.length >= length && held.has(code.slice(0, length)))
        return { level: length, prefix: code.slice(0, length) };
    }
  }
  return { level: 0, prefix: null };
}

export function kbliComponent(needCodes: readonly string[], umkmPrefixes: readonly string[]): Component {
  const { level, prefix } = kbliLevel(needCodes, umkmPrefixes);
  return {
    value: KBLI_LEVEL_VALUE[level] ?? 0,
    reasons: prefix ? [{ key: `kbliSame${level}`, params: { code: prefix } }] : [],
  };
}

/** Full marks for three of the need's terms found in the UMKM's name and products. */
export const TEXT_FULL_MATCHES = 3;

/** Text relevance: how many of the need's search terms (stemmed lexemes) the UMKM's search vector holds. */
export function textComponent(needTerms: readonly string[], umkmLexemes: ReadonlySet<string>): Component {
  const matched = needTerms.filter((term) => umkmLexemes.has(term));
  if (matched.length === 0) return { value: 0, reasons: [] };
  return {
    value: Math.min(1, matched.length / TEXT_FULL_MATCHES),
    reasons: [{ key: "textMatch", params: { terms: matched.join(", ") } }],
  };
}

/** Location bands by the distance between kabupaten/kota centres (km): same, neighbouring, near, elsewhere in the province. */
export const LOCATION_BANDS = [
  { maxKm: 0, value: 1 },
  { maxKm: 60, value: 0.6 },
  { maxKm: 120, value: 0.35 },
  { maxKm: Number.POSITIVE_INFINITY, value: 0.15 },
] as const;

/** Great-circle distance between two regency centres in km (haversine); null when a centre is unknown. */
export function regencyDistanceKm(a: string, b: string): number | null {
  const [p, q] = [REGENCY_CENTRES[a], REGENCY_CENTRES[b]];
  if (!p || !q) return null;
  if (a === b) return 0;
  const rad = Math.PI / 180;
  const dLat = (q.lat - p.lat) * rad;
  const dLon = (q.lon - p.lon) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(p.lat * rad) * Math.cos(q.lat * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.sqrt(h));
}

/** Band index (0 same … 3 far) of a UMKM's regency for a need's delivery regency; null outside the known centres. */
export function locationBand(needRegency: string, umkmRegency: string): number | null {
  if (needRegency === umkmRegency) return 0;
  const km = regencyDistanceKm(needRegency, umkmRegency);
  if (km === null) return null;
  return LOCATION_BANDS.findIndex((band) => km <= band.maxKm);
}

export function locationComponent(needRegency: string, umkmRegency: string, regencyName: string): Component {
  const band = locationBand(needRegency, umkmRegency);
  if (band === null) return { value: 0, reasons: [] };
  const km = Math.round(regencyDistanceKm(needRegency, umkmRegency) ?? 0);
  const key = band === 0 ? "sameRegency" : band === 1 ? "neighbourRegency" : "sameProvince";
  return {
    value: LOCATION_BANDS[band]!.value,
    reasons: [{ key, params: band === 0 ? { regency: regencyName } : { regency: regencyName, km } }],
  };
}

/**
 * Capacity vs the need's volume: 0 when the UMKM has no free capacity (capacity − active
 * partnerships and introductions); otherwise its annual sales against one slot's share of the
 * need's estimated value, capped at 1 (1 when the need states no value).
 */
export function capacityComponent(input: {
  capacity: number;
  active: number;
  annualSalesRp: bigint;
  estimatedValueRp: bigint | null;
  slots: number;
}): Component {
  const free = input.capacity - input.active;
  if (free <= 0) return { value: 0, reasons: [{ key: "capacityLow", params: { capacity: input.capacity } }] };
  const value = volumeFit(input.annualSalesRp, input.estimatedValueRp, input.slots);
  return {
    value,
    reasons:
      value >= 0.5
        ? [{ key: "capacityFits", params: { capacity: free, slots: input.slots } }]
        : [{ key: "capacityLow", params: { capacity: free } }],
  };
}

/** min(1, annual sales / (estimated value / slots)); 1 without an estimated value. */
export function volumeFit(annualSalesRp: bigint, estimatedValueRp: bigint | null, slots: number): number {
  if (estimatedValueRp === null || estimatedValueRp <= 0n) return 1;
  const perSlot = Number(estimatedValueRp) / Math.max(1, slots);
  return Math.min(1, Number(annualSalesRp) / perSlot);
}

/** Diskop nomination (verified) 0.8, plus 0.2 naik-kelas priority for micro businesses. */
export const NOMINATION_VALUE = 0.8;
export const MICRO_PRIORITY_VALUE = 0.2;

export function nominationComponent(isNominated: boolean, scale: UmkmScale): Component {
  const reasons: Reason[] = [];
  let value = 0;
  if (isNominated) {
    value += NOMINATION_VALUE;
    reasons.push({ key: "nominated" });
  }
  if (scale === "MIKRO") {
    value += MICRO_PRIORITY_VALUE;
    reasons.push({ key: "naikKelasMicro" });
  }
  return { value, reasons };
}

/** Fairness: 1 / (1 + active partnerships), so work spreads beyond the few UMKM already partnered. */
export function fairnessComponent(activePartnerships: number): Component {
  const active = Math.max(0, activePartnerships);
  return { value: 1 / (1 + active), reasons: active > 0 ? [{ key: "fairnessPenalty", params: { active } }] : [] };
}
