import "server-only";
import { db, type DbClient } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import type { UmkmScale } from "@/lib/generated/prisma/enums";

/**
 * Registry figures from the maintained aggregate `umkm_counts` (migration umkm_counts: one row
 * per kabupaten/kota × scale × NIB held × active, kept exact by statement-level triggers on
 * umkm). A read sums at most a few hundred rows in SQL whatever the registry's size — never
 * count(*) over umkm on a request path (landing page, dashboards, paperwork figures, and issue
 * 15's map per kabupaten/kota). The figures are exact and current, not estimates.
 */
export type UmkmTotals = {
  /** Every registered UMKM, active or not. */
  total: number;
  active: number;
  /** Holding an NIB (active or not: the NIB is a fact about the business). */
  withNib: number;
};

export type UmkmRegencyCounts = UmkmTotals & {
  regencyCode: string;
  /** Active UMKM per scale (BESAR never occurs: the registry holds micro, small and medium firms). */
  activeByScale: Record<Exclude<UmkmScale, "BESAR">, number>;
};

/** Active UMKM as a scalar subquery over `umkm_counts`, for one-statement reads (getPublicStats). */
export const ACTIVE_UMKM_SQL = Prisma.sql`(SELECT coalesce(sum(n), 0)::int FROM umkm_counts WHERE is_active)`;

type TotalsRow = { total: number; active: number; with_nib: number };

const totalsOf = (row: TotalsRow | undefined): UmkmTotals => ({
  total: row?.total ?? 0,
  active: row?.active ?? 0,
  withNib: row?.with_nib ?? 0,
});

/** The province's totals: one row summed in PostgreSQL. */
export async function getUmkmTotals(client: DbClient = db): Promise<UmkmTotals> {
  const [row] = await client.$queryRaw<TotalsRow[]>`
    SELECT coalesce(sum(n), 0)::int AS total,
           coalesce(sum(n) FILTER (WHERE is_active), 0)::int AS active,
           coalesce(sum(n) FILTER (WHERE has_nib), 0)::int AS with_nib
      FROM umkm_counts`;
  return totalsOf(row);
}

/** Per kabupaten/kota that has at least one UMKM, by code (one row each, summed in PostgreSQL). */
export async function getUmkmCountsByRegency(client: DbClient = db): Promise<UmkmRegencyCounts[]> {
  const rows = await client.$queryRaw<
    (TotalsRow & { regency_code: string; mikro: number; kecil: number; menengah: number })[]
  >`
    SELECT regency_code,
           coalesce(sum(n), 0)::int AS total,
           coalesce(sum(n) FILTER (WHERE is_active), 0)::int AS active,
           coalesce(sum(n) FILTER (WHERE has_nib), 0)::int AS with_nib,
           coalesce(sum(n) FILTER (WHERE is_active AND scale = 'MIKRO'), 0)::int AS mikro,
           coalesce(sum(n) FILTER (WHERE is_active AND scale = 'KECIL'), 0)::int AS kecil,
           coalesce(sum(n) FILTER (WHERE is_active AND scale = 'MENENGAH'), 0)::int AS menengah
      FROM umkm_counts GROUP BY regency_code HAVING sum(n) <> 0 ORDER BY regency_code`;
  return rows.map((row) => ({
    regencyCode: row.regency_code,
    ...totalsOf(row),
    activeByScale: { MIKRO: row.mikro, KECIL: row.kecil, MENENGAH: row.menengah },
  }));
}
