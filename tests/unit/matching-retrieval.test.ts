import { beforeAll, describe, expect, it } from "vitest";
import { db, type DbClient } from "@/lib/db";
import { kbliLevel } from "@/lib/matching/components";
import { loadCandidateFeatures, loadNeedProfile } from "@/lib/dal/matching/features";
import { retrieveCandidates } from "@/lib/dal/matching/retrieve";
import { compareScored, scoreCandidate } from "@/lib/matching/score";
import { loadActiveWeights } from "@/lib/dal/matching/weights";
import type { UmkmScale } from "@/lib/generated/prisma/enums";
import { Rng } from "@/prisma/seed/random";
import { createTestCompany, createTestNeed, createTestUmkm } from "@/prisma/seed/factories";
import { ensureDocumentTypes } from "@/prisma/seed/document-types";
import { seedMatchingWeights } from "@/prisma/seed/weights";
import { ensureUmkmReference } from "../setup/umkm";

// Property test: the indexed, bucketed retrieval returns exactly the top N that scoring every
// UMKM of the database by brute force gives — same ids, same order, same scores. The registry
// is random but seeded. Other test files write UMKM at the same time, so both sides read one
// REPEATABLE READ snapshot.

/** Brute force and retrieval over the same snapshot of the database. */
const compare = (needId: string, limit: number) =>
  db.$transaction(
    async (tx) => ({
      expected: await bruteForce(tx, needId, limit),
      actual: await retrieveCandidates(tx, needId, { limit }),
    }),
    { isolationLevel: "RepeatableRead", timeout: 60_000 },
  );

const SCALES: UmkmScale[] = ["MIKRO", "KECIL", "MENENGAH"];
const CODES = ["10794", "10799", "10710", "10750", "10761", "10391", "10392"];
const REGENCIES = ["12.71", "12.07", "12.19", "12.03", "12.10", "12.04"];
const WORDS = [
  "keripik",
  "kerupuk",
  "roti",
  "kue",
  "air",
  "minum",
  "sambal",
  "ubi",
  "pisang",
  "ikan",
  "kopi",
  "kemasan",
];
const money: Record<UmkmScale, [bigint, bigint]> = {
  MIKRO: [50_000_000n, 400_000_000n],
  KECIL: [2_000_000_000n, 6_000_000_000n],
  MENENGAH: [7_000_000_000n, 30_000_000_000n],
  BESAR: [0n, 0n],
};

async function bruteForce(client: DbClient, needId: string, limit: number) {
  const need = (await loadNeedProfile(client, needId))!;
  const weights = await loadActiveWeights(client);
  const all = await client.umkm.findMany({ select: { id: true } });
  const acted = new Set(
    (await client.match.findMany({ where: { needId, status: { not: "SUGGESTED" } }, select: { umkmId: true } })).map(
      (m) => m.umkmId,
    ),
  );
  const features = await loadCandidateFeatures(
    client,
    need,
    all.map((u) => u.id),
  );
  const rows = await client.umkm.findMany({ select: { id: true, isActive: true, scale: true } });
  const order = ["MIKRO", "KECIL", "MENENGAH", "BESAR"];
  const eligible = rows.filter((row) => {
    const f = features.get(row.id)!;
    const scaleOk =
      order.indexOf(row.scale) >= order.indexOf(need.minScale) &&
      order.indexOf(row.scale) <= order.indexOf(need.maxScale);
    const relevant = kbliLevel(need.kbliCodes, f.kbliPrefixes).level >= 2 || need.terms.some((t) => f.lexemes.has(t));
    return row.isActive && scaleOk && relevant && !acted.has(row.id);
  });
  return eligible
    .map((row) => ({ umkmId: row.id, breakdown: scoreCandidate(need, features.get(row.id)!, weights) }))
    .sort(compareScored)
    .slice(0, limit);
}

let companyId: string;

beforeAll(async () => {
  await ensureUmkmReference();
  await seedMatchingWeights(db);
  await ensureDocumentTypes(db, ["NIB", "SPP_IRT", "HALAL"]);
  companyId = (await createTestCompany(db)).id;
  const rng = new Rng(20261128);
  const types = await db.documentType.findMany({
    where: { code: { in: ["NIB", "SPP_IRT", "HALAL"] } },
    select: { id: true, code: true },
  });
  for (let i = 0; i < 160; i++) {
    const scale = rng.pick(SCALES);
    const [low, high] = money[scale];
    const words = [rng.pick(WORDS), rng.pick(WORDS), rng.pick(WORDS)];
    const umkm = await createTestUmkm(db, {
      kbliCodes: rng.chance(0.85) ? [rng.pick(CODES)] : ["47242"],
      regencyCode: rng.pick(REGENCIES),
      productsText: `${words.join(" ")} olahan rumahan`,
      capitalRp: low / 2n,
      annualSalesRp: rng.bigint(low, high),
      capacity: rng.int(0, 3),
      isActive: rng.chance(0.95),
      nib: rng.chance(0.2) ? `9${String(20261128000 + i).padStart(12, "0")}` : null,
    });
    if (rng.chance(0.15)) {
      const type = rng.pick(types);
      const status = rng.pick(["ISSUED", "IN_PROGRESS", "EXPIRED"] as const);
      const expiresOn = rng.chance(0.5) ? new Date("2027-01-01") : null;
      // A profile NIB already is its ISSUED NIB item (migration nib_one_fact); an NIB item issued
      // here fills the profile, so it needs a number of its own.
      const number = type.code === "NIB" ? `8${String(20261128000 + i).padStart(12, "0")}` : "1234567890123";
      if (type.code !== "NIB" || umkm.nib === null) {
        await db.paperworkItem.create({
          data: {
            umkmId: umkm.id,
            documentTypeId: type.id,
            status,
            number,
            issuedOn: new Date("2025-01-01"),
            expiresOn,
          },
        });
      }
    }
    if (rng.chance(0.1))
      await db.nomination.create({
        data: { umkmId: umkm.id, status: rng.pick(["VERIFIED", "PROPOSED"] as const), reason: "uji", targetKbli: [] },
      });
  }
}, 120_000);

describe("candidate retrieval", () => {
  const cases = [
    {
      name: "snacks in Medan, NIB + SPP-IRT, with a value",
      need: {
        kbliCodes: ["10794"],
        deliveryRegencyCode: "12.71",
        documentCodes: ["NIB", "SPP_IRT"],
        title: "Pasokan keripik ubi dan kerupuk ikan",
        description: "Keripik pisang kemasan untuk oleh-oleh.",
      },
    },
    {
      name: "two codes far away, no documents, no value",
      need: {
        kbliCodes: ["10710", "10761"],
        deliveryRegencyCode: "12.04",
        documentCodes: [],
        estimatedValueRp: null,
        title: "Roti dan air minum kemasan",
        description: "Roti manis dan air minum untuk kantin.",
      },
    },
    {
      name: "small firms only, halal required",
      need: {
        kbliCodes: ["10391"],
        deliveryRegencyCode: "12.03",
        documentCodes: ["HALAL"],
        minScale: "KECIL" as const,
        maxScale: "MENENGAH" as const,
        title: "Sambal dan kopi",
        description: "Sambal botol dan kopi bubuk.",
      },
    },
  ];
  for (const { name, need: overrides } of cases) {
    it(`returns the brute-force top N: ${name}`, async () => {
      const need = await createTestNeed(db, companyId, { slots: 2, ...overrides });
      for (const limit of [1, 5, 20, 60]) {
        const { expected, actual } = await compare(need.id, limit);
        expect(actual.map((c) => [c.umkmId, c.breakdown.score])).toEqual(
          expected.map((c) => [c.umkmId, c.breakdown.score]),
        );
        expect(actual.length).toBe(Math.min(limit, expected.length));
      }
      expect((await compare(need.id, 5)).expected.length).toBeGreaterThan(0);
    }, 60_000);
  }

  it("leaves out UMKM whose match was acted on, keeps SUGGESTED ones", async () => {
    const need = await createTestNeed(db, companyId, {
      kbliCodes: ["10794"],
      deliveryRegencyCode: "12.71",
      documentCodes: [],
      title: "Keripik ubi",
      description: "Keripik ubi balado.",
    });
    const [first, second] = await retrieveCandidates(db, need.id, { limit: 2 });
    const breakdown = JSON.parse(JSON.stringify(first!.breakdown));
    await db.match.create({
      data: {
        needId: need.id,
        umkmId: first!.umkmId,
        status: "APPROVED",
        score: first!.breakdown.score,
        scoreBreakdown: breakdown,
      },
    });
    await db.match.create({
      data: {
        needId: need.id,
        umkmId: second!.umkmId,
        status: "SUGGESTED",
        score: second!.breakdown.score,
        scoreBreakdown: breakdown,
      },
    });
    const ids = (await retrieveCandidates(db, need.id, { limit: 60 })).map((c) => c.umkmId);
    expect(ids).not.toContain(first!.umkmId);
    expect(ids).toContain(second!.umkmId);
  });

  it("answers an unknown need with no candidates", async () => {
    expect(await retrieveCandidates(db, "00000000-0000-4000-8000-00000000ffff", { limit: 10 })).toEqual([]);
  });
});
