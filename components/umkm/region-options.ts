// No "use client": the server pages build the options, the client RegionFields reads them.

/**
 * The kabupaten/kota and kecamatan choices of the UMKM forms in the shape that costs the page
 * least: every option travels in the page's inline flight data, and the province's ≈450
 * kecamatan as `{ code, regencyCode, name }` objects came to ≈25 KB. Pairs grouped by
 * kabupaten/kota carry the same facts in less than half of that.
 */
export type RegionOptions = {
  /** [code, name] in display order. */
  regencies: [string, string][];
  /** Each kabupaten/kota's kecamatan as [code, name], in display order. */
  districts: Record<string, [string, string][]>;
};

export function regionOptions(
  regencies: readonly { code: string; name: string }[],
  districts: readonly { code: string; regencyCode: string; name: string }[],
): RegionOptions {
  const grouped: Record<string, [string, string][]> = {};
  for (const district of districts) (grouped[district.regencyCode] ??= []).push([district.code, district.name]);
  return { regencies: regencies.map((regency) => [regency.code, regency.name]), districts: grouped };
}
