import type { DbClient } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { REGENCY_CENTRES } from "@/lib/reference/regency-centres";
import { readAreaCsv } from "@/prisma/seed/csv";

const CHUNK = 1000;

export type DistrictRef = { code: string; regencyCode: string; name: string };

/** Kemendagri names carry the type: "Kabupaten Batu Bara", "Kota Medan", "Kota Administrasi …". */
export function regencyTypeOf(name: string): "KABUPATEN" | "KOTA" {
  if (name.startsWith("Kabupaten ")) return "KABUPATEN";
  if (name.startsWith("Kota ")) return "KOTA";
  throw new Error(`cannot tell kabupaten from kota: "${name}"`);
}

let cachedDistricts: DistrictRef[] | undefined;

/** Every kecamatan in idn-area-data, sorted by code (parsed once per process). */
export function allDistricts(): DistrictRef[] {
  cachedDistricts ??= readAreaCsv("districts")
    .map((row) => ({ code: row.code ?? "", regencyCode: row.regency_code ?? "", name: row.name ?? "" }))
    .sort((a, b) => a.code.localeCompare(b.code));
  return cachedDistricts;
}

async function insertChunks<T>(rows: T[], insert: (chunk: T[]) => Promise<{ count: number }>): Promise<number> {
  let inserted = 0;
  for (let i = 0; i < rows.length; i += CHUNK) inserted += (await insert(rows.slice(i, i + CHUNK))).count;
  return inserted;
}

/**
 * Seeds all provinces, kabupaten/kota and kecamatan from idn-area-data (inserting only
 * missing rows, in chunks), then fills the centre coordinates of North Sumatra's 33
 * kabupaten/kota where they are still empty. Existing rows are never overwritten.
 */
export async function seedRegions(tx: DbClient): Promise<{ inserted: number }> {
  const provinces = readAreaCsv("provinces").map((row) => ({ code: row.code ?? "", name: row.name ?? "" }));
  const regencies = readAreaCsv("regencies").map((row) => ({
    code: row.code ?? "",
    provinceCode: row.province_code ?? "",
    name: row.name ?? "",
    type: regencyTypeOf(row.name ?? ""),
  }));
  let inserted = 0;
  inserted += (await tx.province.createMany({ data: provinces, skipDuplicates: true })).count;
  inserted += await insertChunks(regencies, (data) => tx.regency.createMany({ data, skipDuplicates: true }));
  inserted += await insertChunks(allDistricts(), (data) => tx.district.createMany({ data, skipDuplicates: true }));
  await fillRegencyCentres(tx);
  return { inserted };
}

/** One UPDATE for all 33 centres; rows that already have coordinates keep them. */
async function fillRegencyCentres(tx: DbClient): Promise<void> {
  const values = Object.entries(REGENCY_CENTRES).map(
    ([code, centre]) => Prisma.sql`(${code}, ${centre.lat}::numeric, ${centre.lon}::numeric)`,
  );
  await tx.$executeRaw`
    UPDATE regencies AS r SET latitude = v.lat, longitude = v.lon
    FROM (VALUES ${Prisma.join(values)}) AS v(code, lat, lon)
    WHERE r.code = v.code AND r.latitude IS NULL AND r.longitude IS NULL`;
}

/**
 * Makes sure one kabupaten/kota exists with its province, its kecamatan and (in North
 * Sumatra) its centre — for test factories on an empty database, without seeding all 7,000
 * kecamatan. Uses the same idn-area-data rows as the full seed; existing rows are kept.
 */
export async function ensureRegency(tx: DbClient, regencyCode: string): Promise<void> {
  const regency = readAreaCsv("regencies").find((row) => row.code === regencyCode);
  if (!regency) throw new Error(`unknown kabupaten/kota code ${regencyCode}`);
  const province = readAreaCsv("provinces").find((row) => row.code === regency.province_code);
  if (!province) throw new Error(`unknown province of ${regencyCode}`);
  await tx.province.createMany({
    data: [{ code: province.code ?? "", name: province.name ?? "" }],
    skipDuplicates: true,
  });
  const centre = REGENCY_CENTRES[regencyCode];
  await tx.regency.createMany({
    data: [
      {
        code: regencyCode,
        provinceCode: province.code ?? "",
        name: regency.name ?? "",
        type: regencyTypeOf(regency.name ?? ""),
        latitude: centre?.lat ?? null,
        longitude: centre?.lon ?? null,
      },
    ],
    skipDuplicates: true,
  });
  const districts = allDistricts().filter((district) => district.regencyCode === regencyCode);
  await tx.district.createMany({ data: districts, skipDuplicates: true });
}
