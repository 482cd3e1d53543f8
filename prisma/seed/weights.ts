import type { DbClient } from "@/lib/db";

/** The first matching-weights version (DESIGN.md "Matching service"); the components sum to 1. */
export const INITIAL_MATCHING_WEIGHTS = {
  kbli: 0.3,
  text: 0.2,
  location: 0.15,
  capacity: 0.1,
  readiness: 0.15,
  nomination: 0.05,
  fairness: 0.05,
} as const;

/**
 * Creates matching-weights version 1 if it does not exist. It is made active only when no
 * version is active yet: once ADMIN has activated a later version, re-seeding must not switch
 * the matching service back to version 1.
 */
export async function seedMatchingWeights(tx: DbClient): Promise<void> {
  const existing = await tx.matchingWeights.findUnique({ where: { version: 1 }, select: { id: true } });
  if (existing) return;
  const activeCount = await tx.matchingWeights.count({ where: { isActive: true } });
  await tx.matchingWeights.create({
    data: {
      version: 1,
      weights: INITIAL_MATCHING_WEIGHTS,
      note: "Versi awal (seed): bobot dari DESIGN.md",
      isActive: activeCount === 0,
    },
  });
}
