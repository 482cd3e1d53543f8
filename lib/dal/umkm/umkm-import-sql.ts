import "server-only";
import type { DbClient } from "@/lib/db";
import { kbliPrefixesOf } from "@/lib/domain/kbli";
import { classifyScale } from "@/lib/domain/scale";
import { nameKey, type RegistryDuplicates, type ValidRow } from "@/lib/import/umkm-rows";
import { KBLI_VERSION } from "@/lib/reference/kbli";
import { isStorableText } from "@/lib/validation/text";
import type { UmkmInput } from "@/lib/validation/umkm";

type Candidate = { values: { nib?: unknown; businessName?: unknown; districtCode?: unknown } };

const str = (value: unknown) => (typeof value === "string" ? value : "");

/**
 * Which of the rows' NIBs and name + kecamatan pairs the registry already holds. Two set
 * queries (NIB unique index; (district_code, name_key) index) whatever the number of rows, never
 * one per row. name_key is kept by a trigger with the same rule as nameKey().
 * Values are normalised like umkmInputSchema does (NIB digits only, trimmed names).
 */
export async function findRegistryDuplicates(
  client: DbClient,
  rows: readonly Candidate[],
): Promise<RegistryDuplicates> {
  const nibs = [
    ...new Set(rows.map((r) => str(r.values.nib).replace(/[\s.\-/]/g, "")).filter((nib) => /^[0-9]{13}$/.test(nib))),
  ];
  const pairs = new Map<string, [string, string]>();
  for (const row of rows) {
    const district = str(row.values.districtCode).trim();
    const name = str(row.values.businessName);
    // A NUL cannot be sent to PostgreSQL (22021); the schema refuses that row anyway.
    if (district && name.trim() && isStorableText(district) && isStorableText(name))
      pairs.set(nameKey(name, district), [district, nameKey(name, district).slice(district.length + 1)]);
  }
  const districts = [...pairs.values()].map(([d]) => d);
  const names = [...pairs.values()].map(([, n]) => n);
  const [nibRows, nameRows] = await Promise.all([
    nibs.length === 0 ? [] : client.$queryRaw<{ nib: string }[]>`SELECT nib FROM umkm WHERE nib = ANY(${nibs}::text[])`,
    districts.length === 0
      ? []
      : client.$queryRaw<{ key: string }[]>`
      SELECT DISTINCT c.d || '|' || c.n AS key
      FROM unnest(${districts}::text[], ${names}::text[]) AS c(d, n)
      JOIN umkm u ON u.district_code = c.d AND u.name_key = c.n`,
  ]);
  return { nibs: new Set(nibRows.map((r) => r.nib)), nameKeys: new Set(nameRows.map((r) => r.key)) };
}

/**
 * Writes validated rows into the staging table `umkm_import_rows` with one INSERT … SELECT
 * FROM unnest per chunk (one round trip per chunk, not per row). Scale and KBLI prefixes are
 * derived here exactly as createUmkm derives them.
 */
export async function stageUmkmRows(client: DbClient, jobId: string, rows: readonly ValidRow[]): Promise<void> {
  const col = <T>(pick: (input: UmkmInput) => T) => rows.map((row) => pick(row.input));
  await client.$executeRaw`
    INSERT INTO umkm_import_rows (job_id, line, business_name, owner_name, phone, email, nib, npwp, products_text, address,
      regency_code, district_code, capital_rp, annual_sales_rp, scale, employees, year_established, capacity, is_active,
      kbli_codes, kbli_prefixes)
    SELECT ${jobId}::uuid, t.line, t.bn, t.owner, t.phone, t.email, t.nib, t.npwp, t.products, t.address, t.regency, t.district,
      t.capital, t.sales, t.scale::"UmkmScale", t.employees, t.year, t.capacity, t.active,
      string_to_array(t.codes, ','), string_to_array(t.prefixes, ',')
    FROM unnest(
      ${rows.map((row) => row.line)}::int[], ${col((i) => i.businessName)}::text[], ${col((i) => i.ownerName)}::text[],
      ${col((i) => i.phone ?? null)}::text[], ${col((i) => i.email ?? null)}::text[], ${col((i) => i.nib ?? null)}::text[],
      ${col((i) => i.npwp ?? null)}::text[], ${col((i) => i.productsText)}::text[], ${col((i) => i.address ?? null)}::text[],
      ${col((i) => i.regencyCode)}::text[], ${col((i) => i.districtCode)}::text[], ${col((i) => i.capitalRp.toString())}::bigint[],
      ${col((i) => i.annualSalesRp.toString())}::bigint[], ${col((i) => classifyScale(i.capitalRp, i.annualSalesRp))}::text[],
      ${col((i) => i.employees ?? null)}::int[], ${col((i) => i.yearEstablished ?? null)}::int[], ${col((i) => i.capacity)}::int[],
      ${col((i) => i.isActive)}::boolean[], ${col((i) => i.kbliCodes.join(","))}::text[], ${col((i) => kbliPrefixesOf(i.kbliCodes).join(","))}::text[]
    ) AS t(line, bn, owner, phone, email, nib, npwp, products, address, regency, district, capital, sales, scale, employees, year,
      capacity, active, codes, prefixes)`;
}

/** Staged rows of the job that now clash with the registry (rows added since validation). */
export async function countStagedDuplicates(tx: DbClient, jobId: string): Promise<number> {
  const [row] = await tx.$queryRaw<{ n: number }[]>`
    SELECT count(*)::int AS n FROM umkm_import_rows s
    WHERE s.job_id = ${jobId}::uuid AND (
      (s.nib IS NOT NULL AND EXISTS (SELECT 1 FROM umkm u WHERE u.nib = s.nib))
      OR EXISTS (SELECT 1 FROM umkm u WHERE u.district_code = s.district_code
        AND u.name_key = lower(regexp_replace(btrim(s.business_name), '\\s+', ' ', 'g'))))`;
  return row?.n ?? 0;
}

/**
 * Moves the job's staged rows into the registry — umkm, then umkm_kbli (KBLI 2020) — and
 * empties the staging rows: three statements meant to run inside one transaction. The
 * database CHECKs and the composite kecamatan foreign key still guard every row.
 */
export async function moveStagedRows(tx: DbClient, jobId: string, createdById: string): Promise<number> {
  const inserted = await tx.$executeRaw`
    INSERT INTO umkm (id, business_name, owner_name, phone, email, nib, npwp, products_text, address, regency_code, district_code,
      capital_rp, annual_sales_rp, scale, employees, year_established, capacity, is_active, kbli_prefixes, created_by_id, updated_at)
    SELECT umkm_id, business_name, owner_name, phone, email, nib, npwp, products_text, address, regency_code, district_code,
      capital_rp, annual_sales_rp, scale, employees, year_established, capacity, is_active, kbli_prefixes, ${createdById}::uuid, now()
    FROM umkm_import_rows WHERE job_id = ${jobId}::uuid ORDER BY line`;
  await tx.$executeRaw`
    INSERT INTO umkm_kbli (umkm_id, kbli_version, code)
    SELECT DISTINCT umkm_id, ${KBLI_VERSION}::"KbliVersion", unnest(kbli_codes) FROM umkm_import_rows WHERE job_id = ${jobId}::uuid`;
  await tx.$executeRaw`DELETE FROM umkm_import_rows WHERE job_id = ${jobId}::uuid`;
  return inserted;
}
