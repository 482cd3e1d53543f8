import "server-only";
import type { DbClient } from "@/lib/db";
import { matchingWeightsSchema, type LoadedWeights } from "@/lib/matching/weights";

/** The active weights version (exactly one is active; ADMIN activates versions). */
export async function loadActiveWeights(client: DbClient): Promise<LoadedWeights> {
  const row = await client.matchingWeights.findFirst({
    where: { isActive: true },
    orderBy: { version: "desc" },
    select: { id: true, version: true, weights: true },
  });
  if (!row) throw new Error("No active matching weights: run `npm run db:seed` or activate a version.");
  return { id: row.id, version: row.version, weights: matchingWeightsSchema.parse(row.weights) };
}
