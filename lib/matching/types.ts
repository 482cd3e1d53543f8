/**
 * Shared shapes of the matching engine (DESIGN.md "Matching service"). A match's
 * `score_breakdown` column and every screen that explains a score use `ScoreBreakdown`.
 */
export const COMPONENTS = ["kbli", "text", "location", "capacity", "readiness", "nomination", "fairness"] as const;
export type ComponentName = (typeof COMPONENTS)[number];

/** One weights version: a number per component, summing to 1 (matching_weights.weights). */
export type MatchingWeightsValue = Record<ComponentName, number>;

/** A component's raw value in [0, 1], its weight, and its contribution in score points (value × weight × 100). */
export type ComponentScore = { value: number; weight: number; points: number };

/**
 * One reason in words, rendered from the "matching" message catalogue: `key` is a message
 * key under `matching.reasons`, `params` its ICU arguments (e.g. { code: "56210" }).
 */
export type Reason = { key: string; params?: Record<string, string | number> };

export type ScoreBreakdown = {
  /** 0–100, rounded to 2 decimals (matches.score). */
  score: number;
  components: Record<ComponentName, ComponentScore>;
  reasons: Reason[];
  /** Codes of required documents not valid on the need's start date ("missing: SLHS"). */
  missingDocuments: string[];
  weightsVersion: number;
};
