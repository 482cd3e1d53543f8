import { describe, expect, it } from "vitest";
import { computeReadiness, type HeldDocument, type ReadinessState } from "@/lib/domain/readiness";
import type { PaperworkStatus } from "@/lib/generated/prisma/enums";

// Readiness of one UMKM for one need (lib/domain/readiness.ts): which required documents are
// ISSUED and valid on the need's start date; expiring inside the need's period still counts.

const d = (iso: string) => new Date(`${iso}T00:00:00Z`);
const PERIOD = { start: d("2026-03-01"), end: d("2026-08-31") };
const NIB = { documentTypeId: "t-nib", code: "NIB" };
const SLHS = { documentTypeId: "t-slhs", code: "SLHS" };
const HALAL = { documentTypeId: "t-halal", code: "HALAL" };

const held = (
  type: { documentTypeId: string },
  status: PaperworkStatus,
  issuedOn: string | null = null,
  expiresOn: string | null = null,
): HeldDocument => ({
  documentTypeId: type.documentTypeId,
  status,
  issuedOn: issuedOn ? d(issuedOn) : null,
  expiresOn: expiresOn ? d(expiresOn) : null,
});

describe("computeReadiness", () => {
  it("a need that requires no documents is complete with ratio 1", () => {
    expect(computeReadiness([], [held(NIB, "ISSUED", "2020-01-01")], PERIOD)).toEqual({
      items: [],
      readyCount: 0,
      requiredCount: 0,
      ratio: 1,
      isComplete: true,
    });
  });

  const cases: [string, HeldDocument | null, ReadinessState][] = [
    ["no item at all", null, "MISSING"],
    ["NOT_STARTED", held(SLHS, "NOT_STARTED"), "MISSING"],
    ["REJECTED", held(SLHS, "REJECTED"), "MISSING"],
    ["IN_PROGRESS", held(SLHS, "IN_PROGRESS"), "IN_PROGRESS"],
    ["SUBMITTED", held(SLHS, "SUBMITTED"), "IN_PROGRESS"],
    ["ISSUED, no expiry, issued long before", held(SLHS, "ISSUED", "2020-05-05"), "READY"],
    ["ISSUED, valid beyond the end", held(SLHS, "ISSUED", "2025-01-10", "2028-01-10"), "READY"],
    ["ISSUED but expired before the start", held(SLHS, "ISSUED", "2022-01-01", "2025-12-31"), "EXPIRED"],
    ["EXPIRED status (the job marked it)", held(SLHS, "EXPIRED", "2022-01-01", "2025-12-31"), "EXPIRED"],
    ["ISSUED only after the start", held(SLHS, "ISSUED", "2026-03-15", "2029-03-15"), "EXPIRED"],
    ["ISSUED, expires inside the need's period", held(SLHS, "ISSUED", "2024-06-01", "2026-06-01"), "EXPIRES_DURING"],
    // Boundary days: the start and end days themselves belong to the period.
    ["issued on the start day", held(SLHS, "ISSUED", "2026-03-01"), "READY"],
    ["issued the day after the start", held(SLHS, "ISSUED", "2026-03-02"), "EXPIRED"],
    [
      "expires on the start day (valid that day, lapses during the period)",
      held(SLHS, "ISSUED", "2023-03-01", "2026-03-01"),
      "EXPIRES_DURING",
    ],
    ["expires the day before the start", held(SLHS, "ISSUED", "2023-02-28", "2026-02-28"), "EXPIRED"],
    ["expires on the end day", held(SLHS, "ISSUED", "2023-08-31", "2026-08-31"), "READY"],
    ["expires the day before the end", held(SLHS, "ISSUED", "2023-08-30", "2026-08-30"), "EXPIRES_DURING"],
  ];

  for (const [name, item, state] of cases) {
    it(`${name} → ${state}`, () => {
      const readiness = computeReadiness([SLHS], item ? [item] : [], PERIOD);
      expect(readiness.items).toEqual([
        { documentTypeId: SLHS.documentTypeId, code: "SLHS", state, expiresOn: item?.expiresOn ?? null },
      ]);
      const counts = state === "READY" || state === "EXPIRES_DURING";
      expect(readiness).toMatchObject({
        readyCount: counts ? 1 : 0,
        requiredCount: 1,
        ratio: counts ? 1 : 0,
        isComplete: counts,
      });
    });
  }

  it("counts READY and EXPIRES_DURING as ready, in the order the need lists its documents", () => {
    const readiness = computeReadiness(
      [NIB, HALAL, SLHS],
      [
        held(SLHS, "ISSUED", "2024-06-01", "2026-06-01"),
        held(NIB, "ISSUED", "2019-01-01"),
        held(HALAL, "SUBMITTED"),
        held({ documentTypeId: "t-other" }, "ISSUED", "2019-01-01"),
      ],
      PERIOD,
    );
    expect(readiness.items.map((item) => `${item.code}:${item.state}`)).toEqual([
      "NIB:READY",
      "HALAL:IN_PROGRESS",
      "SLHS:EXPIRES_DURING",
    ]);
    expect(readiness).toMatchObject({ readyCount: 2, requiredCount: 3, isComplete: false });
    expect(readiness.ratio).toBeCloseTo(2 / 3);
  });
});
