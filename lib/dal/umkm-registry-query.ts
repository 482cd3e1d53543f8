import "server-only";
import type { DbClient } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import type { UmkmScale } from "@/lib/generated/prisma/enums";
import type { RegistryFilter } from "@/lib/validation/registry";

/** A registry row as the list and the export read it: business data only, never owner contact. */
export type RegistryRow = {
  id: string;
  businessName: string;
  regencyCode: string;
  regencyName: string;
  districtCode: string;
  districtName: string;
  scale: UmkmScale;
  nib: string | null;
  productsText: string;
  capacity: number;
  kbliCodes: string[];
  isNominated: boolean;
};

const OPEN_NOMINATION = Prisma.sql`EXISTS (SELECT 1 FROM nominations n WHERE n.umkm_id = u.id AND n.status IN ('PROPOSED', 'VERIFIED'))`;

/**
 * The filter as SQL conditions, each answerable from an index: (regency_code, id) btree,
 * district_code btree, GIN on kbli_prefixes (`@>`: every 2–5-digit prefix is stored), GIN on
 * search_vector (`@@`, the same `indonesian` configuration as the trigger that fills it).
 */
export function registryConditions(filter: RegistryFilter): Prisma.Sql[] {
  const conditions: Prisma.Sql[] = [];
  if (filter.regency) conditions.push(Prisma.sql`u.regency_code = ${filter.regency}`);
  if (filter.district) conditions.push(Prisma.sql`u.district_code = ${filter.district}`);
  if (filter.kbli) conditions.push(Prisma.sql`u.kbli_prefixes @> ARRAY[${filter.kbli}::text]`);
  if (filter.scale) conditions.push(Prisma.sql`u.scale = ${filter.scale}::"UmkmScale"`);
  if (filter.nib) conditions.push(filter.nib === "yes" ? Prisma.sql`u.nib IS NOT NULL` : Prisma.sql`u.nib IS NULL`);
  if (filter.nominated) conditions.push(filter.nominated === "yes" ? OPEN_NOMINATION : Prisma.sql`NOT ${OPEN_NOMINATION}`);
  if (filter.q) conditions.push(Prisma.sql`u.search_vector @@ websearch_to_tsquery('indonesian', ${filter.q})`);
  return conditions;
}

type RawRow = {
  id: string; business_name: string; regency_code: string; regency_name: string; district_code: string; district_name: string;
  scale: UmkmScale; nib: string | null; products_text: string; capacity: number; kbli_codes: string[]; is_nominated: boolean;
};

/**
 * Up to `limit` rows matching `filter` with id > `after`, in id order (keyset pagination: every
 * page costs the same, and rows inserted meanwhile never shift a page). Id order rather than
 * relevance also for text search: ranking needs every match scored before the first page.
 * Names and KBLI codes are joined only for the rows of the page.
 */
export async function selectRegistryRows(client: DbClient, filter: RegistryFilter, after: string | null, limit: number): Promise<RegistryRow[]> {
  const conditions = registryConditions(filter);
  if (after) conditions.push(Prisma.sql`u.id > ${after}::uuid`);
  const where = conditions.length ? Prisma.sql`WHERE ${Prisma.join(conditions, " AND ")}` : Prisma.empty;
  const rows = await client.$queryRaw<RawRow[]>`
    SELECT p.*, r.name AS regency_name, d.name AS district_name,
      ARRAY(SELECT k.code FROM umkm_kbli k WHERE k.umkm_id = p.id ORDER BY k.code)::text[] AS kbli_codes,
      EXISTS (SELECT 1 FROM nominations n WHERE n.umkm_id = p.id AND n.status IN ('PROPOSED', 'VERIFIED')) AS is_nominated
    FROM (
      SELECT u.id, u.business_name, u.regency_code, u.district_code, u.scale, u.nib, u.products_text, u.capacity
      FROM umkm u ${where} ORDER BY u.id LIMIT ${limit}
    ) p
    JOIN regencies r ON r.code = p.regency_code
    JOIN districts d ON d.code = p.district_code
    ORDER BY p.id`;
  return rows.map((row) => ({
    id: row.id,
    businessName: row.business_name,
    regencyCode: row.regency_code,
    regencyName: row.regency_name,
    districtCode: row.district_code,
    districtName: row.district_name,
    scale: row.scale,
    nib: row.nib,
    productsText: row.products_text,
    capacity: row.capacity,
    kbliCodes: row.kbli_codes,
    isNominated: row.is_nominated,
  }));
}
