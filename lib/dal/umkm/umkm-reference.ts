import "server-only";
import { db, type DbClient } from "@/lib/db";
import type { RegionLookup } from "@/lib/validation/umkm";

/** North Sumatra: the province the registry serves. */
export const PROVINCE_CODE = "12";

export type RegencyOption = { code: string; name: string };
export type DistrictOption = { code: string; regencyCode: string; name: string };
export type RegionReference = RegionLookup & { regencies: RegencyOption[]; districts: DistrictOption[] };

let cached: Promise<RegionReference> | null = null;

async function loadRegions(client: DbClient): Promise<RegionReference> {
  const [regencies, districts] = await Promise.all([
    client.regency.findMany({
      where: { provinceCode: PROVINCE_CODE },
      select: { code: true, name: true },
      orderBy: { code: "asc" },
    }),
    client.district.findMany({
      where: { regency: { provinceCode: PROVINCE_CODE } },
      select: { code: true, regencyCode: true, name: true },
      orderBy: { code: "asc" },
    }),
  ]);
  const regencyCodes = new Set(regencies.map((r) => r.code));
  const districtRegency = new Map(districts.map((d) => [d.code, d.regencyCode]));
  return {
    regencies,
    districts,
    hasRegency: (code) => regencyCodes.has(code),
    regencyOfDistrict: (code) => districtRegency.get(code),
  };
}

/**
 * North Sumatra's kabupaten/kota and ~455 kecamatan, loaded once per process and cached:
 * reference data changes only with a seed, and every form submission and import row needs it.
 * A failed load is not cached.
 */
export function getRegionReference(): Promise<RegionReference> {
  cached ??= loadRegions(db).catch((error: unknown) => {
    cached = null;
    throw error;
  });
  return cached;
}

/** Drops the cache (tests that add reference rows, or after a reference-data import). */
export function clearRegionReferenceCache(): void {
  cached = null;
}
