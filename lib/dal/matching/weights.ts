import { z } from "zod";
import type { DbClient } from "@/lib/db";
import type { LoadedWeights } from "@/lib/matching/score";

export type { LoadedWeights } from "@/lib/matching/score";

const share = z.number().min(0).max(1);

/** One weights version: every component in [0, 1], summing to 1 (± 0.001). */
export const matchingWeightsSchema = z
  .object({ kbli: share, text: share, location: share, capacity: share, readiness: share, nomination: share, fairness: share })
  .strict()
  .refine((w) => Math.abs(Object.values(w).reduce((sum, value) => sum + value, 0) - 1) <= 0.001, { message: "weightsSum" });

/** The active weights version (exactly one is active; ADMIN activates versions). */
export async function loadActiveWeights(client: DbClient): Promise<LoadedWeights> {
  const row = await client.matchingWeights.findFirst({ where: { isActive: true }, orderBy: { version: "desc" }, select: { id: true, version: true, weights: true } });
  if (!row) throw new Error("No active matching weights: run `npm run db:seed` or activate a version.");
  return { id: row.id, version: row.version, weights: matchingWeightsSchema.parse(row.weights) };
}
