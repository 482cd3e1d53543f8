import type { DbClient } from "@/lib/db";
import type { ScoreBreakdown } from "@/lib/matching/types";
import { DEMO_OWNER_FLAGSHIP } from "@/prisma/seed/demo-flagships";
import type { DemoUmkm } from "@/prisma/seed/demo-umkm";
import { addDays, seedUuid } from "@/prisma/seed/random";

const OFFICER = "petugas@demo.kemitraan.id";

/**
 * Fixed id of the demo introduction (tests/setup/access-manifest.ts samples /matches/<id>):
 * Agincourt's catering need × Katering Nauli Batangtoru, APPROVED by the PMPTSP officer. Every
 * role's demo account may open it — the Agincourt staff (their need), the owner (their UMKM),
 * Diskop (who nominated it), the offices — and Inalum's staff must get 404.
 */
export const DEMO_MATCH_ID = seedUuid("match:agincourt-catering:katering-nauli");

/** The caterer's breakdown as the engine would explain it: same KBLI and kabupaten, SLHS and halal still missing. */
const BREAKDOWN: ScoreBreakdown = {
  score: 74.75,
  components: {
    kbli: { value: 1, weight: 0.3, points: 30 },
    text: { value: 0.55, weight: 0.2, points: 11 },
    location: { value: 1, weight: 0.15, points: 15 },
    capacity: { value: 0.75, weight: 0.1, points: 7.5 },
    readiness: { value: 0.33, weight: 0.15, points: 4.95 },
    nomination: { value: 1, weight: 0.05, points: 5 },
    fairness: { value: 0.26, weight: 0.05, points: 1.3 },
  },
  reasons: [
    { key: "kbliSame5", params: { code: "56210" } },
    { key: "textMatch", params: { terms: "katering, prasmanan, halal" } },
    { key: "sameRegency", params: { regency: "Kab. Tapanuli Selatan" } },
    { key: "capacityFits", params: { capacity: 2, slots: 1 } },
    { key: "readinessPartial", params: { ready: 1, required: 3 } },
    { key: "nominated" },
  ],
  missingDocuments: ["HALAL", "SLHS"],
  weightsVersion: 1,
};

/** Inserts the demo introduction and its approval's audit event if missing; returns how many matches were inserted. */
export async function seedDemoMatches(
  tx: DbClient,
  refs: { now: Date; umkms: readonly DemoUmkm[]; userIds: ReadonlyMap<string, string> },
): Promise<number> {
  const caterer = refs.umkms.find((u) => u.businessName === DEMO_OWNER_FLAGSHIP);
  const officerId = refs.userIds.get(OFFICER) ?? null;
  if (!caterer) return 0;
  const approvedAt = addDays(refs.now, -2);
  const { count } = await tx.match.createMany({
    data: [
      {
        id: DEMO_MATCH_ID,
        needId: seedUuid("need:agincourt-catering"),
        umkmId: caterer.id,
        status: "APPROVED",
        score: BREAKDOWN.score,
        scoreBreakdown: BREAKDOWN,
        approvedById: officerId,
        approvedAt,
        version: 2,
      },
    ],
    skipDuplicates: true,
  });
  if (count > 0) {
    await tx.auditEvent.createMany({
      data: [
        {
          id: seedUuid(`audit:${DEMO_MATCH_ID}:approve`),
          actorId: officerId,
          action: "match.approve",
          entityType: "match",
          entityId: DEMO_MATCH_ID,
          fromStatus: "SUGGESTED",
          toStatus: "APPROVED",
          data: { version: 2, seed: true },
          createdAt: approvedAt,
        },
      ],
      skipDuplicates: true,
    });
  }
  return count;
}
