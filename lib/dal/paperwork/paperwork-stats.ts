import "server-only";
import { hasRole, PAPERWORK_EDITORS } from "@/lib/access/roles";
import { db } from "@/lib/db";
import { getUmkmTotals } from "@/lib/dal/umkm/umkm-counts";
import { PROGRAMME_START } from "@/lib/domain/programme";
import { AppError } from "@/lib/errors";
import type { SessionUser } from "@/lib/session-user";
import { addMonthsIso, todayIso } from "@/lib/dates";

export type ProvincePaperworkStats = {
  programmeStart: string;
  /** UMKM holding an NIB now (the profile NIB, which is the ISSUED NIB paperwork item). */
  nibNow: number;
  /** … and on the programme's first day (see the function's docstring for how it is dated). */
  nibAtStart: number;
  /** The last 12 calendar months, oldest first (YYYY-MM). */
  months: string[];
  /** Documents issued per month and type: counts[code][month index]. */
  issued: { code: string; nameId: string; nameEn: string; counts: number[] }[];
  /** Active assistance cases per kabupaten/kota, most first. */
  openCases: { regencyCode: string; regencyName: string; open: number; overdue: number }[];
};

const num = (value: bigint | number | null | undefined) => Number(value ?? 0);

/** 2026-01-15 → 202601: the month key of `paperwork_counts.issued_month`. */
const yearMonth = (isoDate: string) => Number(isoDate.slice(0, 4)) * 100 + Number(isoDate.slice(5, 7));
/** 202601 → 2026-01. */
const isoMonth = (key: number) => `${Math.floor(key / 100)}-${String(key % 100).padStart(2, "0")}`;

// The aggregate counts by month of issue, so the programme's start must be a month's first day.
if (!PROGRAMME_START.endsWith("-01")) throw new Error("PROGRAMME_START must be the first day of a month");

/**
 * The province's paperwork figures (offices), aggregated in PostgreSQL — nothing is loaded
 * row by row, so it stays fast with 1.2 million UMKM. Registry and paperwork figures sum the
 * maintained aggregates `umkm_counts` and `paperwork_counts` (migration paperwork_counts: items
 * per document type, status, source and month of issue), never the rows themselves (the items
 * grow with the registry: one NIB item per NIB holder):
 * - NIB holders now = profiles with an NIB, from the maintained aggregate `umkm_counts`
 *   (getUmkmTotals; not a count over umkm); the profile NIB and the ISSUED NIB item are one fact
 *   (migration `nib_one_fact`), so this counts either.
 * - NIB holders at PROGRAMME_START (lib/domain/programme.ts) = NIB items recorded through the
 *   paperwork (source PAPERWORK) with an issue date before that day + NIB items that came from
 *   a profile, an import or registry data (source PROFILE/IMPORT/REGISTRY): their issued_on is
 *   the day the portal recorded an NIB the business already held, not OSS's date — as before
 *   the rule, such an NIB is counted as held before the programme (an NIB the portal helps
 *   obtain is recorded on the item with its issue date).
 * - Documents issued per month: items ISSUED or EXPIRED by their month of issue, last 12 months
 *   (an issue date later this month counts in this month) —
 *   only dates recorded on the paperwork (source PAPERWORK): a profile/import/registry NIB's date
 *   is when the portal learnt of it, not when it was issued.
 * - Active cases per kabupaten/kota (`(status, due_date)` index, joined to the UMKM by key: as
 *   many lookups as open cases, never a scan of the registry).
 */
export async function getProvincePaperworkStats(user: SessionUser): Promise<ProvincePaperworkStats> {
  if (!hasRole(user, PAPERWORK_EDITORS)) throw new AppError("FORBIDDEN");
  const today = todayIso();
  const firstMonth = `${addMonthsIso(`${today.slice(0, 7)}-01`, -11)}`;
  const months = Array.from({ length: 12 }, (_, i) => addMonthsIso(firstMonth, i).slice(0, 7));
  const registry = await getUmkmTotals();
  const startMonth = yearMonth(PROGRAMME_START);
  const [nib] = await db.$queryRaw<{ at_start: bigint }[]>`
    SELECT coalesce(sum(c.n), 0) AS at_start
      FROM paperwork_counts c JOIN document_types t ON t.id = c.document_type_id
     WHERE t.code = 'NIB' AND c.status IN ('ISSUED', 'EXPIRED')
       AND (c.source <> 'PAPERWORK' OR (c.issued_month > 0 AND c.issued_month < ${startMonth}::int))`;
  const issuedRows = await db.$queryRaw<
    { month: number; code: string; name_id: string; name_en: string; sort_order: number; n: bigint }[]
  >`
    SELECT c.issued_month AS month, t.code, t.name_id, t.name_en, t.sort_order, sum(c.n) AS n
    FROM paperwork_counts c JOIN document_types t ON t.id = c.document_type_id
    WHERE c.status IN ('ISSUED', 'EXPIRED') AND c.source = 'PAPERWORK'
      AND c.issued_month BETWEEN ${yearMonth(firstMonth)}::int AND ${yearMonth(today)}::int
    GROUP BY 1, 2, 3, 4, 5 HAVING sum(c.n) <> 0 ORDER BY t.sort_order, t.code`;
  const caseRows = await db.$queryRaw<{ regency_code: string; name: string; open: bigint; overdue: bigint }[]>`
    SELECT u.regency_code, r.name, count(*) AS open, count(*) FILTER (WHERE c.due_date < ${today}::date) AS overdue
    FROM assistance_cases c JOIN umkm u ON u.id = c.umkm_id JOIN regencies r ON r.code = u.regency_code
    WHERE c.status IN ('OPEN', 'IN_PROGRESS')
    GROUP BY 1, 2 ORDER BY open DESC, r.name`;
  const issued = new Map<string, ProvincePaperworkStats["issued"][number]>();
  for (const row of issuedRows) {
    const entry = issued.get(row.code) ?? {
      code: row.code,
      nameId: row.name_id,
      nameEn: row.name_en,
      counts: months.map(() => 0),
    };
    entry.counts[months.indexOf(isoMonth(row.month))] = num(row.n);
    issued.set(row.code, entry);
  }
  return {
    programmeStart: PROGRAMME_START,
    nibNow: registry.withNib,
    nibAtStart: num(nib?.at_start),
    months,
    issued: [...issued.values()],
    openCases: caseRows.map((row) => ({
      regencyCode: row.regency_code,
      regencyName: row.name,
      open: num(row.open),
      overdue: num(row.overdue),
    })),
  };
}
