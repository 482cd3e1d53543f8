import { describe, expect, it } from "vitest";
import { regionOptions } from "@/components/umkm/region-options";

const reference = {
  regencies: [
    { code: "12.71", name: "Kota Medan" },
    { code: "12.07", name: "Kabupaten Deli Serdang" },
  ],
  districts: [
    { code: "12.71.01", regencyCode: "12.71", name: "Medan Kota" },
    { code: "12.07.05", regencyCode: "12.07", name: "Lubuk Pakam" },
    { code: "12.71.02", regencyCode: "12.71", name: "Medan Polonia" },
  ],
};

describe("regionOptions (the kabupaten/kecamatan choices a page sends)", () => {
  it("sends every kabupaten/kota but only the chosen one's kecamatan, in order", () => {
    expect(regionOptions(reference, "12.71")).toEqual({
      regencies: [
        ["12.71", "Kota Medan"],
        ["12.07", "Kabupaten Deli Serdang"],
      ],
      regency: "12.71",
      districts: [
        ["12.71.01", "Medan Kota"],
        ["12.71.02", "Medan Polonia"],
      ],
    });
  });

  it("sends no kecamatan when no (or an unknown) kabupaten/kota is chosen", () => {
    for (const regency of [undefined, "", "12.99"]) {
      const options = regionOptions(reference, regency);
      expect(options.regency).toBe("");
      expect(options.districts).toEqual([]);
      expect(options.regencies).toHaveLength(2);
    }
  });

  it("names a chosen kecamatan of another kabupaten/kota so the select keeps it", () => {
    expect(regionOptions(reference, "12.71", "12.07.05").extra).toEqual(["12.07.05", "Lubuk Pakam"]);
    expect(regionOptions(reference, "12.71", "12.71.02").extra).toBeUndefined();
    expect(regionOptions(reference, "12.71", "12.07.99").extra).toBeUndefined();
  });

  it("costs a province of ≈450 kecamatan a few hundred bytes, not all of them", () => {
    const regencies = Array.from({ length: 33 }, (_, r) => ({ code: `12.${10 + r}`, name: `Kabupaten Nomor ${r}` }));
    const districts = regencies.flatMap((regency) =>
      Array.from({ length: 14 }, (_, d) => ({
        code: `${regency.code}.${10 + d}`,
        regencyCode: regency.code,
        name: `Kecamatan ${d}`,
      })),
    );
    const all = JSON.stringify(districts.map((d) => [d.code, d.name])).length;
    const chosen = regionOptions({ regencies, districts }, "12.20");
    expect(chosen.districts).toHaveLength(14);
    expect(JSON.stringify(chosen.districts).length).toBeLessThan(all / 20);
  });
});
