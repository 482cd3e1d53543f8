// No "use client": the server pages and the districts route build the options, the client selects read them.

/** A kabupaten/kota or kecamatan choice: [code, name]. */
export type RegionPair = [string, string];

/**
 * The kabupaten/kota and kecamatan choices of the registry filter and the UMKM forms in the shape
 * that costs the page least. Every option travels in the page's inline flight data, so only the
 * chosen kabupaten/kota's kecamatan are sent (≈14, not the province's ≈450); the selects load
 * another kabupaten/kota's from `GET /api/regions/<code>/districts` (components/umkm/use-districts.ts).
 */
export type RegionOptions = {
  /** Every kabupaten/kota, [code, name] in display order. */
  regencies: RegionPair[];
  /** The kabupaten/kota whose kecamatan `districts` holds ("" when none is chosen). */
  regency: string;
  /** The kecamatan of `regency`, [code, name] in display order; empty when none is chosen. */
  districts: RegionPair[];
  /** A chosen kecamatan outside `districts` (another kabupaten/kota's, from the URL): kept selectable and named. */
  extra?: RegionPair;
};

type Reference = {
  regencies: readonly { code: string; name: string }[];
  districts: readonly { code: string; regencyCode: string; name: string }[];
};

/** The kecamatan of one kabupaten/kota as [code, name] pairs, in the reference's order. */
export function districtPairs(districts: Reference["districts"], regency: string): RegionPair[] {
  return districts.filter((d) => d.regencyCode === regency).map((d) => [d.code, d.name]);
}

/**
 * The options for a page: every kabupaten/kota, and the kecamatan of `regency` when it is a known
 * one. A `district` that is not among them (another kabupaten/kota's) comes along as `extra`.
 */
export function regionOptions(reference: Reference, regency?: string, district?: string): RegionOptions {
  const known = regency !== undefined && reference.regencies.some((r) => r.code === regency);
  const districts = known ? districtPairs(reference.districts, regency) : [];
  const options: RegionOptions = {
    regencies: reference.regencies.map((r) => [r.code, r.name]),
    regency: known ? regency : "",
    districts,
  };
  if (district && !districts.some(([code]) => code === district)) {
    const other = reference.districts.find((d) => d.code === district);
    if (other) options.extra = [other.code, other.name];
  }
  return options;
}
