import { describe, expect, it } from "vitest";
import { kbliParentCode, kbliPrefixesOf } from "@/lib/domain/kbli";
import { KBLI_CODES } from "@/lib/reference/kbli-codes";
import { kbliRows } from "@/prisma/seed/kbli";

describe("kbliPrefixesOf", () => {
  it("lists every 2-, 3-, 4- and 5-digit prefix of a code", () => {
    expect(kbliPrefixesOf(["56210"])).toEqual(["56", "562", "5621", "56210"]);
  });

  it("merges, deduplicates and sorts the prefixes of several codes", () => {
    expect(kbliPrefixesOf(["56290", "56210"])).toEqual(["56", "562", "5621", "56210", "5629", "56290"]);
    expect(kbliPrefixesOf(["10794", "56210"])).toEqual(["10", "107", "1079", "10794", "56", "562", "5621", "56210"]);
  });

  it("keeps leading zeros (agriculture codes start with 0)", () => {
    expect(kbliPrefixesOf(["01262"])).toEqual(["01", "012", "0126", "01262"]);
  });

  it("accepts shorter codes and returns nothing for no codes", () => {
    expect(kbliPrefixesOf(["4942"])).toEqual(["49", "494", "4942"]);
    expect(kbliPrefixesOf([])).toEqual([]);
  });

  it("refuses category letters, single digits, over-long and non-numeric codes", () => {
    for (const bad of ["I", "5", "562101", "56a10", ""]) expect(() => kbliPrefixesOf([bad])).toThrow(RangeError);
  });
});

describe("kbliParentCode", () => {
  it("walks 56210 → 5621 → 562 → 56 → (category, outside the digits)", () => {
    expect(kbliParentCode("56210")).toBe("5621");
    expect(kbliParentCode("5621")).toBe("562");
    expect(kbliParentCode("562")).toBe("56");
    expect(kbliParentCode("56")).toBeNull();
  });
});

describe("the curated KBLI 2020 list", () => {
  const rows = kbliRows();
  const byCode = new Map(rows.map((row) => [row.code, row]));

  it("has between 60 and 100 five-digit codes", () => {
    expect(KBLI_CODES.length).toBeGreaterThanOrEqual(60);
    expect(KBLI_CODES.length).toBeLessThanOrEqual(100);
  });

  it("gives every code its whole parent chain up to the category letter", () => {
    for (const { code } of KBLI_CODES) {
      const chain: string[] = [];
      let row = byCode.get(code);
      while (row) {
        chain.push(row.code);
        row = row.parentCode ? byCode.get(row.parentCode) : undefined;
      }
      expect(chain).toHaveLength(5);
      expect(chain.at(-1)).toMatch(/^[A-U]$/);
    }
    expect(byCode.get("56210")?.parentCode).toBe("5621");
    expect(byCode.get("56")?.parentCode).toBe("I");
    expect(byCode.get("I")?.level).toBe(1);
  });

  it("includes the article's sectors with KBLI 2020 codes", () => {
    expect(byCode.get("46696")?.titleId).toMatch(/Barang Bekas/); // scrap wholesale
    expect(byCode.get("38301")?.titleId).toMatch(/Logam/);
    expect(byCode.get("49422")?.titleId).toBe("Angkutan Sewa"); // car rental with driver
    expect(byCode.get("77100")?.titleId).toMatch(/Mobil/); // rental without driver
    expect(byCode.get("56210")?.titleId).toMatch(/Jasa Boga/); // catering
  });
});
