import type { DbClient } from "@/lib/db";
import { setWriteContext } from "@/lib/dal/write-context";
import { seedDemoData, type DemoSummary } from "@/prisma/seed/demo";
import { seedDocumentTypes } from "@/prisma/seed/document-types";
import { seedKbli } from "@/prisma/seed/kbli";
import { seedRegions } from "@/prisma/seed/regions";
import { seedMatchingWeights } from "@/prisma/seed/weights";

export type SeedOptions = {
  /** Demo firms, UMKM and accounts; false in production (reference data still seeds). */
  includeDemo: boolean;
  /** "Today" for demo dates (deadlines, issue dates); tests pass a fixed date. */
  now?: Date;
};

export type SeedSummary = {
  regionsInserted: number;
  kbliInserted: number;
  documentTypes: number;
  demo: DemoSummary | null;
};

/**
 * Seeds everything inside the caller's transaction: reference data (regions with North
 * Sumatra's regency centres, curated KBLI 2020, document types, matching weights v1) and,
 * unless `includeDemo` is false, the demo data. Idempotent: rows that exist are skipped, never
 * overwritten, so running it twice leaves the database unchanged.
 */
export async function runSeed(tx: DbClient, options: SeedOptions): Promise<SeedSummary> {
  // Demo NIBs are registry data; their NIB items are seeded with their issue dates, and any
  // profile NIB without one gets it at COMMIT (trigger umkm_nib_item_sync, source REGISTRY).
  await setWriteContext(tx, { actorId: null, nibSource: "REGISTRY" });
  const { inserted: regionsInserted } = await seedRegions(tx);
  const kbliInserted = await seedKbli(tx);
  const documentTypeIds = await seedDocumentTypes(tx);
  await seedMatchingWeights(tx);
  const demo = options.includeDemo ? await seedDemoData(tx, { now: options.now ?? new Date(), documentTypeIds }) : null;
  return { regionsInserted, kbliInserted, documentTypes: documentTypeIds.size, demo };
}
