import { computeReadiness, type HeldDocument, type Readiness, type RequiredDocument } from "@/lib/domain/readiness";
import type { UmkmScale } from "@/lib/generated/prisma/enums";
import {
  capacityComponent,
  fairnessComponent,
  kbliComponent,
  locationComponent,
  nominationComponent,
  textComponent,
  type Component,
} from "@/lib/matching/components";
import {
  COMPONENTS,
  type ComponentName,
  type MatchingWeightsValue,
  type Reason,
  type ScoreBreakdown,
} from "@/lib/matching/types";

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

/** The readiness component's reasons in words ("1 dari 2 dokumen siap"), from a computeReadiness answer. */
export function readinessReasons(readiness: Readiness): Reason[] {
  if (readiness.requiredCount === 0) return [];
  return readiness.isComplete
    ? [{ key: "readinessComplete" }]
    : [{ key: "readinessPartial", params: { ready: readiness.readyCount, required: readiness.requiredCount } }];
}

/** Codes of the required documents not valid on the need's start date. */
export function missingDocumentCodes(readiness: Readiness): string[] {
  return readiness.items
    .filter((item) => item.state !== "READY" && item.state !== "EXPIRES_DURING")
    .map((item) => item.code);
}

const READINESS_REASON_KEYS = new Set(["readinessComplete", "readinessPartial"]);

/**
 * A stored breakdown (scored when matching ran) with its readiness words replaced by today's
 * readiness, so a card never says "1 of 2 documents ready" beside a panel that says 0 of 2:
 * documents issued or lapsed since the run change the words at once; the points stay those of
 * the run until matching runs again.
 */
export function withLiveReadiness(breakdown: ScoreBreakdown, readiness: Readiness): ScoreBreakdown {
  const reasons = breakdown.reasons.filter((reason) => !READINESS_REASON_KEYS.has(reason.key));
  const at = breakdown.reasons.findIndex((reason) => READINESS_REASON_KEYS.has(reason.key));
  const live = readinessReasons(readiness);
  // Keep the component order of the stored reasons (readiness sits after capacity).
  const position = at >= 0 ? at : reasons.length;
  return {
    ...breakdown,
    reasons: [...reasons.slice(0, position), ...live, ...reasons.slice(position)],
    missingDocuments: missingDocumentCodes(readiness),
  };
}

/**
 * Scores one UMKM for one need (DESIGN.md "Matching service"): each component in [0, 1],
 * combined by the weights into 0–100, with the breakdown and the reasons in words.
 * Deterministic: the same inputs always give the same score.
 */
export function scoreCandidate(need: NeedProfile, umkm: CandidateFeatures, weights: LoadedWeights): ScoreBreakdown {
  const readiness = computeReadiness(need.requiredDocuments, umkm.held, {
    start: need.periodStart,
    end: need.periodEnd,
  });
  const parts: Record<ComponentName, Component> = {
    kbli: kbliComponent(need.kbliCodes, umkm.kbliPrefixes),
    text: textComponent(need.terms, umkm.lexemes),
    location: locationComponent(need.deliveryRegencyCode, umkm.regencyCode, umkm.regencyName),
    capacity: capacityComponent({
      capacity: umkm.capacity,
      active: umkm.commitments,
      annualSalesRp: umkm.annualSalesRp,
      estimatedValueRp: need.estimatedValueRp,
      slots: need.slots,
    }),
    readiness: { value: readiness.ratio, reasons: readinessReasons(readiness) },
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
    missingDocuments: missingDocumentCodes(readiness),
    weightsVersion: weights.version,
  };
}

/**
 * The tie-break, in order, between candidates with the same score (shown in the candidates
 * page's help and ARCHITECTURE.md): documents readiness, then the nearer kabupaten/kota (the
 * location component), then capacity, then the UMKM id — the last only so that the order is
 * the same everywhere, every time.
 */
export const TIE_BREAK: readonly ("readiness" | "location" | "capacity")[] = ["readiness", "location", "capacity"];

type Ranked = { umkmId: string; breakdown: Pick<ScoreBreakdown, "score" | "components"> };

/**
 * THE ranking order, used by retrieval (which 50 a run keeps, in what order) and by the
 * candidates page: higher score first, ties broken by TIE_BREAK, then the UMKM id.
 */
export function compareScored(a: Ranked, b: Ranked): number {
  if (a.breakdown.score !== b.breakdown.score) return b.breakdown.score - a.breakdown.score;
  for (const name of TIE_BREAK) {
    const diff = (b.breakdown.components[name]?.value ?? 0) - (a.breakdown.components[name]?.value ?? 0);
    if (diff !== 0) return diff;
  }
  return a.umkmId < b.umkmId ? -1 : a.umkmId > b.umkmId ? 1 : 0;
}

/** Whether two candidates are tied on the score (the page marks them "seri"). */
export const isTie = (a: Ranked, b: Ranked) => a.breakdown.score === b.breakdown.score;
