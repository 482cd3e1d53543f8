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

/** Version 1's note, as ADMIN reads it on /settings/matching-weights (no internal names). */
export const INITIAL_NOTE = "Versi awal: bobot yang ditetapkan saat portal diluncurkan";
const LEGACY_INITIAL_NOTE = "Versi awal (seed): bobot dari DESIGN.md";

/**
 * Creates matching-weights version 1 if it does not exist. It is made active only when no
 * version is active yet: once ADMIN has activated a later version, re-seeding must not switch
 * the matching service back to version 1.
 */
export async function seedMatchingWeights(tx: DbClient): Promise<void> {
  const existing = await tx.matchingWeights.findUnique({ where: { version: 1 }, select: { id: true, note: true } });
  if (existing) {
    // Databases seeded before the note was worded for people (it named the seed and DESIGN.md).
    if (existing.note === LEGACY_INITIAL_NOTE)
      await tx.matchingWeights.update({ where: { id: existing.id }, data: { note: INITIAL_NOTE } });
    return;
  }
  const activeCount = await tx.matchingWeights.count({ where: { isActive: true } });
  await tx.matchingWeights.create({
    data: {
      version: 1,
      weights: INITIAL_MATCHING_WEIGHTS,
      note: INITIAL_NOTE,
      isActive: activeCount === 0,
    },
  });
}
