import "server-only";
import { db, type DbClient } from "@/lib/db";
import { UmkmScale } from "@/lib/generated/prisma/enums";

/**
 * Registry figures from the maintained aggregate `umkm_counts` (migration umkm_counts: one row
 * per kabupaten/kota × scale × NIB held × active, kept exact by statement-level triggers on
 * umkm). A read sums at most a few hundred rows whatever the registry's size: never count(*)
 * over umkm on a request path (landing page, dashboards, paperwork figures, issue 15's map).
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
  /** Active UMKM per scale. */
  activeByScale: Record<UmkmScale, number>;
};

type Row = { regency_code: string; scale: UmkmScale; has_nib: boolean; is_active: boolean; n: bigint };

async function rows(client: DbClient): Promise<Row[]> {
  return client.$queryRaw<Row[]>`
    SELECT regency_code, scale, has_nib, is_active, n FROM umkm_counts WHERE n <> 0`;
}

const empty = (): UmkmTotals => ({ total: 0, active: 0, withNib: 0 });

function add(totals: UmkmTotals, row: Row): void {
  const n = Number(row.n);
  totals.total += n;
  if (row.is_active) totals.active += n;
  if (row.has_nib) totals.withNib += n;
}

/** The province's totals. */
export async function getUmkmTotals(client: DbClient = db): Promise<UmkmTotals> {
  const totals = empty();
  for (const row of await rows(client)) add(totals, row);
  return totals;
}

/** Per kabupaten/kota (those with at least one UMKM), by code. */
export async function getUmkmCountsByRegency(client: DbClient = db): Promise<UmkmRegencyCounts[]> {
  const byRegency = new Map<string, UmkmRegencyCounts>();
  for (const row of await rows(client)) {
    let entry = byRegency.get(row.regency_code);
    if (!entry) {
      entry = {
        regencyCode: row.regency_code,
        ...empty(),
        activeByScale: Object.fromEntries(Object.values(UmkmScale).map((scale) => [scale, 0])) as Record<
          UmkmScale,
          number
        >,
      };
      byRegency.set(row.regency_code, entry);
    }
    add(entry, row);
    if (row.is_active) entry.activeByScale[row.scale] += Number(row.n);
  }
  return [...byRegency.values()].sort((a, b) => a.regencyCode.localeCompare(b.regencyCode));
}
