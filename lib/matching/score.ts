import { computeReadiness, type HeldDocument, type RequiredDocument } from "@/lib/domain/readiness";
import type { UmkmScale } from "@/lib/generated/prisma/enums";
import {
  capacityComponent, fairnessComponent, kbliComponent, locationComponent, nominationComponent, textComponent, type Component,
} from "@/lib/matching/components";
import { COMPONENTS, type ComponentName, type MatchingWeightsValue, type Reason, type ScoreBreakdown } from "@/lib/matching/types";

/** What scoring needs to know about a need. */
export type NeedProfile = {
  kbliCodes: string[];
  deliveryRegencyCode: string;
  /** Stemmed search terms (lexemes) of the need's title and description, title first. */
  terms: string[];
  slots: number;
  estimatedValueRp: bigint | null;
  periodStart: Date;
  periodEnd: Date;
  requiredDocuments: RequiredDocument[];
};

/** What scoring needs to know about one UMKM (read by lib/matching/retrieve.ts). */
export type CandidateFeatures = {
  umkmId: string;
  kbliPrefixes: string[];
  regencyCode: string;
  regencyName: string;
  lexemes: ReadonlySet<string>;
  capacity: number;
  annualSalesRp: bigint;
  scale: UmkmScale;
  /** Matches APPROVED, ACCEPTED or AGREEMENT_SIGNED: introductions and partnerships it is committed to. */
  commitments: number;
  /** Matches ACCEPTED or AGREEMENT_SIGNED (not ENDED): partnerships it holds. */
  partnerships: number;
  isNominated: boolean;
  held: HeldDocument[];
};

export type LoadedWeights = { id: string; version: number; weights: MatchingWeightsValue };

const round2 = (value: number) => Math.round(value * 100) / 100;

/**
 * Scores one UMKM for one need (DESIGN.md "Matching service"): each component in [0, 1],
 * combined by the weights into 0–100, with the breakdown and the reasons in words.
 * Deterministic: the same inputs always give the same score.
 */
export function scoreCandidate(need: NeedProfile, umkm: CandidateFeatures, weights: LoadedWeights): ScoreBreakdown {
  const readiness = computeReadiness(need.requiredDocuments, umkm.held, { start: need.periodStart, end: need.periodEnd });
  const readinessReasons: Reason[] =
    readiness.requiredCount === 0 ? [] : readiness.isComplete ? [{ key: "readinessComplete" }] : [{ key: "readinessPartial", params: { ready: readiness.readyCount, required: readiness.requiredCount } }];
  const parts: Record<ComponentName, Component> = {
    kbli: kbliComponent(need.kbliCodes, umkm.kbliPrefixes),
    text: textComponent(need.terms, umkm.lexemes),
    location: locationComponent(need.deliveryRegencyCode, umkm.regencyCode, umkm.regencyName),
    capacity: capacityComponent({ capacity: umkm.capacity, active: umkm.commitments, annualSalesRp: umkm.annualSalesRp, estimatedValueRp: need.estimatedValueRp, slots: need.slots }),
    readiness: { value: readiness.ratio, reasons: readinessReasons },
    nomination: nominationComponent(umkm.isNominated, umkm.scale),
    fairness: fairnessComponent(umkm.partnerships),
  };
  let total = 0;
  const components = {} as ScoreBreakdown["components"];
  for (const name of COMPONENTS) {
    const weight = weights.weights[name];
    const points = parts[name].value * weight * 100;
    total += points;
    components[name] = { value: round2(parts[name].value * 100) / 100, weight, points: round2(points) };
  }
  return {
    score: round2(total),
    components,
    reasons: COMPONENTS.flatMap((name) => parts[name].reasons),
    missingDocuments: readiness.items.filter((item) => item.state !== "READY" && item.state !== "EXPIRES_DURING").map((item) => item.code),
    weightsVersion: weights.version,
  };
}

/** Ranking order: higher score first, then the UMKM id (so ties are broken the same way everywhere). */
export function compareScored(a: { umkmId: string; breakdown: ScoreBreakdown }, b: { umkmId: string; breakdown: ScoreBreakdown }): number {
  return b.breakdown.score - a.breakdown.score || (a.umkmId < b.umkmId ? -1 : a.umkmId > b.umkmId ? 1 : 0);
}
