/** A KBLI numeric code: 2 (golongan pokok) to 5 (kelompok) digits. */
const KBLI_DIGITS = /^[0-9]{2,5}$/;

/**
 * Every 2-, 3-, 4- and 5-digit prefix of the given KBLI codes, deduplicated and sorted.
 * Stored on each UMKM (`kbli_prefixes`, GIN-indexed) so the matching service can ask
 * "shares at least the 2-digit golongan pokok with the need" with one indexed `&&`.
 *
 * kbliPrefixesOf(["56210", "10794"]) → ["10", "107", "1079", "10794", "56", "562", "5621", "56210"]
 *
 * @throws RangeError on anything that is not 2–5 digits (category letters are not prefixes).
 */
export function kbliPrefixesOf(codes: readonly string[]): string[] {
  const prefixes = new Set<string>();
  for (const raw of codes) {
    const code = raw.trim();
    if (!KBLI_DIGITS.test(code)) throw new RangeError(`not a KBLI code: "${raw}"`);
    for (let length = 2; length <= code.length; length++) prefixes.add(code.slice(0, length));
  }
  return [...prefixes].sort();
}

/** The parent of a KBLI code one level up (56210 → 5621 → 562 → 56); null for 2-digit codes. */
export function kbliParentCode(code: string): string | null {
  return code.length > 2 ? code.slice(0, -1) : null;
}
