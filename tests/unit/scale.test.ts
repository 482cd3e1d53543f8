import { describe, expect, it } from "vitest";
import { classifyScale, scaleRank } from "@/lib/domain/scale";

const BN = 1_000_000_000n;

describe("classifyScale (PP 7/2021: the higher of the capital class and the sales class)", () => {
  it("puts a small warung in MIKRO", () => {
    expect(classifyScale(50_000_000n, 300_000_000n)).toBe("MIKRO");
    expect(classifyScale(0n, 0n)).toBe("MIKRO");
  });

  it("treats the capital boundaries as inclusive", () => {
    expect(classifyScale(1n * BN, 0n)).toBe("MIKRO");
    expect(classifyScale(1n * BN + 1n, 0n)).toBe("KECIL");
    expect(classifyScale(5n * BN, 0n)).toBe("KECIL");
    expect(classifyScale(5n * BN + 1n, 0n)).toBe("MENENGAH");
    expect(classifyScale(10n * BN, 0n)).toBe("MENENGAH");
    expect(classifyScale(10n * BN + 1n, 0n)).toBe("BESAR");
  });

  it("treats the annual sales boundaries as inclusive", () => {
    expect(classifyScale(0n, 2n * BN)).toBe("MIKRO");
    expect(classifyScale(0n, 2n * BN + 1n)).toBe("KECIL");
    expect(classifyScale(0n, 15n * BN)).toBe("KECIL");
    expect(classifyScale(0n, 15n * BN + 1n)).toBe("MENENGAH");
    expect(classifyScale(0n, 50n * BN)).toBe("MENENGAH");
    expect(classifyScale(0n, 50n * BN + 1n)).toBe("BESAR");
  });

  it("takes the higher class when capital and sales disagree", () => {
    expect(classifyScale(500_000_000n, 3n * BN)).toBe("KECIL"); // micro capital, small sales
    expect(classifyScale(3n * BN, 1n * BN)).toBe("KECIL"); // small capital, micro sales
    expect(classifyScale(200_000_000n, 20n * BN)).toBe("MENENGAH");
    expect(classifyScale(12n * BN, 1n * BN)).toBe("BESAR");
  });

  it("classifies everything above the medium limits as BESAR", () => {
    expect(classifyScale(100n * BN, 1_000n * BN)).toBe("BESAR");
  });

  it("refuses negative amounts", () => {
    expect(() => classifyScale(-1n, 0n)).toThrow(RangeError);
    expect(() => classifyScale(0n, -1n)).toThrow(RangeError);
  });

  it("orders the scales for min/max range checks", () => {
    expect(scaleRank("MIKRO")).toBeLessThan(scaleRank("KECIL"));
    expect(scaleRank("KECIL")).toBeLessThan(scaleRank("MENENGAH"));
    expect(scaleRank("MENENGAH")).toBeLessThan(scaleRank("BESAR"));
  });
});
