import { z } from "zod";

export type { LoadedWeights } from "@/lib/matching/score";

const share = z.number().min(0).max(1);

/** One weights version: every component in [0, 1], summing to 1 (± 0.001). */
export const matchingWeightsSchema = z
  .object({
    kbli: share,
    text: share,
    location: share,
    capacity: share,
    readiness: share,
    nomination: share,
    fairness: share,
  })
  .strict()
  .refine((w) => Math.abs(Object.values(w).reduce((sum, value) => sum + value, 0) - 1) <= 0.001, {
    message: "weightsSum",
  });
