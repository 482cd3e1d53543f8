import { describe, expect, it } from "vitest";
import { regionOptions } from "@/components/umkm/region-options";

describe("regionOptions (the UMKM forms' compact kabupaten/kecamatan choices)", () => {
  it("keeps every choice and its order, grouped by kabupaten/kota, without the repeated regency code", () => {
    const regencies = [
      { code: "12.71", name: "Kota Medan" },
      { code: "12.07", name: "Kabupaten Deli Serdang" },
    ];
    const districts = [
      { code: "12.71.01", regencyCode: "12.71", name: "Medan Kota" },
      { code: "12.07.05", regencyCode: "12.07", name: "Lubuk Pakam" },
      { code: "12.71.02", regencyCode: "12.71", name: "Medan Polonia" },
    ];
    const options = regionOptions(regencies, districts);
    expect(options).toEqual({
      regencies: [
        ["12.71", "Kota Medan"],
        ["12.07", "Kabupaten Deli Serdang"],
      ],
      districts: {
        "12.71": [
          ["12.71.01", "Medan Kota"],
          ["12.71.02", "Medan Polonia"],
        ],
        "12.07": [["12.07.05", "Lubuk Pakam"]],
      },
    });
  });

  it("is well under half the bytes of the objects it replaces (≈ 14 kecamatan per kabupaten/kota)", () => {
    const regencies = Array.from({ length: 33 }, (_, r) => ({ code: `12.${10 + r}`, name: `Kabupaten Nomor ${r}` }));
    const districts = regencies.flatMap((regency) =>
      Array.from({ length: 14 }, (_, d) => ({
        code: `${regency.code}.${10 + d}`,
        regencyCode: regency.code,
        name: `Kecamatan ${d}`,
      })),
    );
    const compact = JSON.stringify(regionOptions(regencies, districts)).length;
    expect(compact).toBeLessThan(JSON.stringify({ regencies, districts }).length / 2);
  });
});
