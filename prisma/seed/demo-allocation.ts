import type { DbClient } from "@/lib/db";
import { seedUuid } from "@/prisma/seed/random";

/** Fixed id of the demo allocation run (the access manifest's sample URL /allocation/<id>). */
export const DEMO_ALLOCATION_RUN_ID = seedUuid("allocation-run:demo");

/**
 * A finished portfolio allocation run by the demo officer, with no proposals: a real run is
 * started from /allocation (its proposals come from the scoring engine, never from the seed).
 * Skipped when it exists. Returns how many rows were inserted (0 or 1).
 */
export async function seedDemoAllocationRun(
  tx: DbClient,
  refs: { now: Date; officerId: string | undefined },
): Promise<number> {
  const weights = await tx.matchingWeights.findUnique({ where: { version: 1 }, select: { id: true } });
  const { count } = await tx.allocationRun.createMany({
    data: [
      {
        id: DEMO_ALLOCATION_RUN_ID,
        status: "DONE",
        createdById: refs.officerId ?? null,
        weightsId: weights?.id ?? null,
        needCount: 0,
        processed: 0,
        totalScore: 0,
        createdAt: refs.now,
        finishedAt: refs.now,
        stats: { needs: 0, edges: 0, distinctUmkm: 0, proposals: 0, retrievalMs: 0, solverMs: 0, totalMs: 0 },
      },
    ],
    skipDuplicates: true,
  });
  return count;
}
