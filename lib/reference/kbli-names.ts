import { KBLI_CATEGORIES, KBLI_PARENTS, type KbliEntry } from "@/lib/reference/kbli";
import { KBLI_CODES } from "@/lib/reference/kbli-codes";

/** Every code of the curated KBLI reference (lib/reference/kbli*.ts), built once per process. */
const BY_CODE: ReadonlyMap<string, KbliEntry> = new Map(
  [...KBLI_CATEGORIES, ...KBLI_PARENTS, ...KBLI_CODES].map((entry) => [entry.code, entry]),
);

/**
 * The title of a KBLI code in `locale` ("56210" → "Katering"), or null for a code the curated
 * reference does not hold (lists then show the bare code). Pure and in-process: a registry page
 * of 50 rows names its codes without a query.
 */
export function kbliTitle(code: string, locale: string): string | null {
  const entry = BY_CODE.get(code);
  if (!entry) return null;
  return locale === "en" ? entry.titleEn : entry.titleId;
}
