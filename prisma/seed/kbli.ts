import type { DbClient } from "@/lib/db";
import { kbliParentCode } from "@/lib/domain/kbli";
import {
  KBLI_CATEGORIES,
  KBLI_DIVISION_CATEGORY,
  KBLI_PARENTS,
  KBLI_VERSION,
  type KbliEntry,
} from "@/lib/reference/kbli";
import { KBLI_CODES } from "@/lib/reference/kbli-codes";

export type KbliRow = {
  version: typeof KBLI_VERSION;
  code: string;
  level: number;
  titleId: string;
  titleEn: string;
  parentCode: string | null;
};

function parentOf(code: string): string {
  if (code.length === 2) {
    const category = KBLI_DIVISION_CATEGORY[code];
    if (!category) throw new Error(`KBLI division ${code} has no category letter`);
    return category;
  }
  return kbliParentCode(code) as string;
}

function toRow(entry: KbliEntry): KbliRow {
  const isLetter = /^[A-U]$/.test(entry.code);
  return {
    version: KBLI_VERSION,
    code: entry.code,
    level: isLetter ? 1 : entry.code.length,
    titleId: entry.titleId,
    titleEn: entry.titleEn,
    parentCode: isLetter ? null : parentOf(entry.code),
  };
}

/**
 * The curated KBLI 2020 list as `kbli_codes` rows (letters level 1, then 2–5 digits), parents
 * before children. Throws if a code's parent is missing, so a broken table fails the seed
 * (and the unit test) instead of leaving orphans that break the hierarchy in the UI.
 */
export function kbliRows(): KbliRow[] {
  const rows = [...KBLI_CATEGORIES, ...KBLI_PARENTS, ...KBLI_CODES].map(toRow);
  rows.sort((a, b) => a.level - b.level || a.code.localeCompare(b.code));
  const known = new Set<string>();
  for (const row of rows) {
    if (known.has(row.code)) throw new Error(`KBLI ${row.code} is listed twice`);
    if (row.parentCode !== null && !known.has(row.parentCode)) {
      throw new Error(`KBLI ${row.code}: parent ${row.parentCode} is not in the list`);
    }
    known.add(row.code);
  }
  return rows;
}

/**
 * Inserts the curated KBLI rows that are missing (`skipDuplicates`). Existing rows are never
 * overwritten: ADMIN may have edited titles or deactivated a code, and a re-seed must not undo
 * that. Returns how many rows were inserted.
 */
export async function seedKbli(tx: DbClient): Promise<number> {
  const { count } = await tx.kbliCode.createMany({ data: kbliRows(), skipDuplicates: true });
  return count;
}

/**
 * Inserts the given 5-digit codes and their parent chain if missing (for test factories that
 * run on an empty database). Unknown codes throw: a factory should not invent KBLI codes.
 */
export async function ensureKbliCodes(tx: DbClient, codes: readonly string[]): Promise<void> {
  const all = new Map(kbliRows().map((row) => [row.code, row]));
  const wanted = new Map<string, KbliRow>();
  for (const code of codes) {
    let row = all.get(code);
    if (!row) throw new Error(`KBLI ${code} is not in the curated list (lib/reference/kbli-codes.ts)`);
    while (row) {
      wanted.set(row.code, row);
      row = row.parentCode ? all.get(row.parentCode) : undefined;
    }
  }
  const data = [...wanted.values()].sort((a, b) => a.level - b.level);
  await tx.kbliCode.createMany({ data, skipDuplicates: true });
}
