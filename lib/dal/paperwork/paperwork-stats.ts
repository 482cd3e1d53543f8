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

/**
 * The province's paperwork figures (offices), aggregated in PostgreSQL — nothing is loaded
 * row by row, so it stays fast with 1.2 million UMKM:
 * - NIB holders now = profiles with an NIB, from the maintained aggregate `umkm_counts`
 *   (getUmkmTotals; not a count over umkm); the profile NIB and the ISSUED NIB item are one fact
 *   (migration `nib_one_fact`), so this counts either.
 * - NIB holders at PROGRAMME_START (lib/domain/programme.ts) = NIB items recorded through the
 *   paperwork (source PAPERWORK) with an issue date before that day + NIB items that came from
 *   a profile, an import or registry data (source PROFILE/IMPORT/REGISTRY): their issued_on is
 *   the day the portal recorded an NIB the business already held, not OSS's date — as before
 *   the rule, such an NIB is counted as held before the programme (an NIB the portal helps
 *   obtain is recorded on the item with its issue date).
 * - Documents issued per month: items ISSUED or EXPIRED by their issue date, last 12 months —
 *   only dates recorded on the paperwork (source PAPERWORK): a profile/import/registry NIB's date
 *   is when the portal learnt of it, not when it was issued.
 * - Active cases per kabupaten/kota (`(status, due_date)` index, joined to the UMKM by key).
 */
export async function getProvincePaperworkStats(user: SessionUser): Promise<ProvincePaperworkStats> {
  if (!hasRole(user, PAPERWORK_EDITORS)) throw new AppError("FORBIDDEN");
  const today = todayIso();
  const firstMonth = `${addMonthsIso(`${today.slice(0, 7)}-01`, -11)}`;
  const months = Array.from({ length: 12 }, (_, i) => addMonthsIso(firstMonth, i).slice(0, 7));
  const registry = await getUmkmTotals();
  const [nib] = await db.$queryRaw<{ at_start: bigint }[]>`
    WITH nib_type AS (SELECT id FROM document_types WHERE code = 'NIB')
    SELECT
      (SELECT count(*) FROM paperwork_items p
        WHERE p.document_type_id = (SELECT id FROM nib_type) AND p.status IN ('ISSUED', 'EXPIRED')
          AND (p.source <> 'PAPERWORK' OR p.issued_on < ${PROGRAMME_START}::date)) AS at_start`;
  const issuedRows = await db.$queryRaw<
    { month: string; code: string; name_id: string; name_en: string; sort_order: number; n: bigint }[]
  >`
    SELECT to_char(p.issued_on, 'YYYY-MM') AS month, t.code, t.name_id, t.name_en, t.sort_order, count(*) AS n
    FROM paperwork_items p JOIN document_types t ON t.id = p.document_type_id
    WHERE p.status IN ('ISSUED', 'EXPIRED') AND p.source = 'PAPERWORK' AND p.issued_on >= ${firstMonth}::date AND p.issued_on <= ${today}::date
    GROUP BY 1, 2, 3, 4, 5 ORDER BY t.sort_order, t.code`;
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
    entry.counts[months.indexOf(row.month)] = num(row.n);
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
