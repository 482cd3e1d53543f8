import { describe, expect, it } from "vitest";
import {
  capacityComponent,
  fairnessComponent,
  kbliComponent,
  locationBand,
  locationComponent,
  nominationComponent,
  regencyDistanceKm,
  textComponent,
} from "@/lib/matching/components";
import {
  compareScored,
  scoreCandidate,
  withLiveReadiness,
  type CandidateFeatures,
  type NeedProfile,
} from "@/lib/matching/score";
import { computeReadiness } from "@/lib/domain/readiness";
import { sampleScoreBreakdown } from "@/prisma/seed/factories";
import { INITIAL_MATCHING_WEIGHTS } from "@/prisma/seed/weights";

describe("scoring components", () => {
  it.each([
    [["56210"], ["56", "562", "5621", "56210"], 1, "kbliSame5"],
    [["56210"], ["56", "562", "5621", "56219"], 0.75, "kbliSame4"],
    [["56210"], ["56", "562", "5622", "56220"], 0.5, "kbliSame3"],
    [["56210"], ["56", "561", "5610", "56101"], 0.25, "kbliSame2"],
    [["56210"], ["10", "107", "1079", "10794"], 0, null],
    [["49422", "56210"], ["49", "494", "4942", "49425", "56", "562", "5621", "56210"], 1, "kbliSame5"],
    [["56210"], [], 0, null],
  ])("KBLI fit of need %j and UMKM prefixes %j is %d", (need, prefixes, value, reason) => {
    const result = kbliComponent(need, prefixes);
    expect(result.value).toBe(value);
    expect(result.reasons[0]?.key ?? null).toBe(reason);
  });

  it("text relevance counts the need's terms the UMKM holds, full marks from three", () => {
    const terms = ["katering", "karyawan", "makan", "halal"];
    expect(textComponent(terms, new Set(["katering"])).value).toBeCloseTo(1 / 3);
    expect(textComponent(terms, new Set(["katering", "karyawan", "makan", "halal"])).value).toBe(1);
    expect(textComponent(terms, new Set(["nasi"]))).toEqual({ value: 0, reasons: [] });
    expect(textComponent([], new Set(["nasi"])).value).toBe(0);
    expect(textComponent(terms, new Set(["makan", "halal"])).reasons).toEqual([
      { key: "textMatch", params: { terms: "makan, halal" } },
    ]);
  });

  it("location: same kabupaten 1, neighbouring 0.6, nearer than 120 km 0.35, elsewhere 0.15, unknown centre 0", () => {
    expect(locationComponent("12.03", "12.03", "Tapanuli Selatan").value).toBe(1);
    expect(regencyDistanceKm("12.03", "12.77")).toBeLessThan(60); // Sipirok – Padangsidimpuan
    expect(locationComponent("12.03", "12.77", "Padangsidimpuan").value).toBe(0.6);
    expect(locationBand("12.71", "12.04")).toBe(3); // Medan – Nias
    expect(locationComponent("12.71", "12.04", "Nias").value).toBe(0.15);
    expect(locationComponent("12.71", "99.99", "?")).toEqual({ value: 0, reasons: [] });
  });

  it("capacity: no free capacity scores 0; sales against one slot's share of the value, capped at 1; no value → 1", () => {
    expect(
      capacityComponent({ capacity: 1, active: 1, annualSalesRp: 10n ** 12n, estimatedValueRp: 1n, slots: 1 }).value,
    ).toBe(0);
    expect(
      capacityComponent({
        capacity: 2,
        active: 1,
        annualSalesRp: 100_000_000n,
        estimatedValueRp: 400_000_000n,
        slots: 2,
      }).value,
    ).toBe(0.5);
    expect(
      capacityComponent({
        capacity: 1,
        active: 0,
        annualSalesRp: 900_000_000n,
        estimatedValueRp: 400_000_000n,
        slots: 1,
      }).value,
    ).toBe(1);
    expect(
      capacityComponent({ capacity: 1, active: 0, annualSalesRp: 1n, estimatedValueRp: null, slots: 3 }).value,
    ).toBe(1);
  });

  it("nomination and naik-kelas priority; fairness lowers UMKM with many partnerships", () => {
    expect(nominationComponent(true, "MIKRO").value).toBe(1);
    expect(nominationComponent(true, "KECIL").value).toBe(0.8);
    expect(nominationComponent(false, "MIKRO").value).toBe(0.2);
    expect(nominationComponent(false, "MENENGAH")).toEqual({ value: 0, reasons: [] });
    expect([0, 1, 3].map((n) => fairnessComponent(n).value)).toEqual([1, 0.5, 0.25]);
    expect(fairnessComponent(2).reasons).toEqual([{ key: "fairnessPenalty", params: { active: 2 } }]);
  });
});

const weights = { id: "w", version: 3, weights: { ...INITIAL_MATCHING_WEIGHTS } };
const need: NeedProfile = {
  kbliCodes: ["56210"],
  deliveryRegencyCode: "12.03",
  terms: ["katering", "karyawan", "site"],
  slots: 1,
  estimatedValueRp: null,
  periodStart: new Date("2027-01-01"),
  periodEnd: new Date("2027-06-30"),
  requiredDocuments: [
    { documentTypeId: "halal", code: "HALAL" },
    { documentTypeId: "slhs", code: "SLHS" },
  ],
};
const umkm = (overrides: Partial<CandidateFeatures> = {}): CandidateFeatures => ({
  umkmId: "u1",
  kbliPrefixes: ["56", "562", "5621", "56210"],
  regencyCode: "12.03",
  regencyName: "Tapanuli Selatan",
  lexemes: new Set(["katering", "karyawan", "site"]),
  capacity: 1,
  annualSalesRp: 500_000_000n,
  scale: "MIKRO",
  commitments: 0,
  partnerships: 0,
  isNominated: true,
  held: [],
  ...overrides,
});

describe("scoreCandidate", () => {
  it("a perfect candidate without papers scores 100 minus the readiness weight, and says what is missing", () => {
    const result = scoreCandidate(need, umkm(), weights);
    expect(result.score).toBe(85);
    expect(result.missingDocuments).toEqual(["HALAL", "SLHS"]);
    expect(result.weightsVersion).toBe(3);
    expect(result.components.readiness).toEqual({ value: 0, weight: 0.15, points: 0 });
    expect(result.reasons).toContainEqual({ key: "readinessPartial", params: { ready: 0, required: 2 } });
  });

  it("readiness counts documents valid on the start date; complete readiness scores 100", () => {
    const issued = { status: "ISSUED" as const, issuedOn: new Date("2026-01-01"), expiresOn: null };
    const half = scoreCandidate(need, umkm({ held: [{ documentTypeId: "halal", ...issued }] }), weights);
    expect(half.components.readiness.value).toBe(0.5);
    const full = scoreCandidate(
      need,
      umkm({
        held: [
          { documentTypeId: "halal", ...issued },
          { documentTypeId: "slhs", ...issued },
        ],
      }),
      weights,
    );
    expect(full.score).toBe(100);
    expect(full.missingDocuments).toEqual([]);
  });

  it("missing data: no terms, no KBLI overlap, unknown regency → only capacity, readiness share, nomination and fairness", () => {
    const result = scoreCandidate(
      { ...need, terms: [], requiredDocuments: [] },
      umkm({ kbliPrefixes: [], regencyCode: "99.99", isNominated: false }),
      weights,
    );
    expect(result.score).toBe(10 + 15 + 1 + 5);
    expect(result.components.kbli.points).toBe(0);
    expect(result.components.location.points).toBe(0);
  });

  it("ties are ordered by UMKM id, higher scores first", () => {
    const a = { umkmId: "b", breakdown: scoreCandidate(need, umkm(), weights) };
    const b = { umkmId: "a", breakdown: scoreCandidate(need, umkm(), weights) };
    const c = { umkmId: "c", breakdown: scoreCandidate(need, umkm({ partnerships: 1 }), weights) };
    expect([c, a, b].sort(compareScored).map((x) => x.umkmId)).toEqual(["a", "b", "c"]);
  });
});

describe("withLiveReadiness", () => {
  it("replaces a stored breakdown's readiness words and missing documents with today's readiness, keeping order and points", () => {
    // Stored when matching ran: "1 of 2 documents ready", SLHS missing.
    const stored = sampleScoreBreakdown(79.5, ["SLHS"]);
    const required = [
      { documentTypeId: "t-nib", code: "NIB" },
      { documentTypeId: "t-slhs", code: "SLHS" },
    ];
    const period = { start: new Date("2027-03-01T00:00:00Z"), end: new Date("2027-08-31T00:00:00Z") };
    // Today nothing is held: the panel says 0 of 2.
    const live = withLiveReadiness(stored, computeReadiness(required, [], period));
    expect(live.reasons.map((r) => r.key)).toEqual(stored.reasons.map((r) => r.key));
    expect(live.reasons.find((r) => r.key === "readinessPartial")).toEqual({
      key: "readinessPartial",
      params: { ready: 0, required: 2 },
    });
    expect(live.missingDocuments).toEqual(["NIB", "SLHS"]);
    expect(live.components).toEqual(stored.components);
    expect(live.score).toBe(stored.score);
    // Both issued since: complete.
    const held = required.map((d) => ({
      documentTypeId: d.documentTypeId,
      status: "ISSUED" as const,
      issuedOn: new Date("2026-01-05T00:00:00Z"),
      expiresOn: null,
    }));
    const complete = withLiveReadiness(stored, computeReadiness(required, held, period));
    expect(complete.reasons.filter((r) => r.key.startsWith("readiness"))).toEqual([{ key: "readinessComplete" }]);
    expect(complete.missingDocuments).toEqual([]);
  });
});
