import { describe, expect, it } from "vitest";
import { KBLI_CODES } from "@/lib/reference/kbli-codes";
import { kbliTitle } from "@/lib/reference/kbli-names";

describe("kbliTitle (registry KBLI names)", () => {
  it("names every curated 5-digit code in both languages", () => {
    for (const entry of KBLI_CODES) {
      expect(kbliTitle(entry.code, "id")).toBe(entry.titleId);
      expect(kbliTitle(entry.code, "en")).toBe(entry.titleEn);
    }
  });

  it("names the codes the registry shows most and leaves unknown codes to the caller", () => {
    expect(kbliTitle("56210", "id")).toBe(KBLI_CODES.find((k) => k.code === "56210")?.titleId);
    expect(kbliTitle("46696", "id")).toMatch(/Barang Bekas/);
    // 49295 is KBLI 2025 (car rental with driver); the curated KBLI 2020 reference does not hold it.
    expect(kbliTitle("49295", "id")).toBeNull();
    expect(kbliTitle("99999", "en")).toBeNull();
  });
});
