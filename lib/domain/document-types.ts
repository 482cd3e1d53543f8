/**
 * Rules about document types that do not touch the database: which documents a business
 * with given KBLI codes usually needs (a type's `kbliPrefixes`; an empty list means every
 * business, e.g. NIB and NPWP), and whether an admin's number pattern is a usable regex.
 */
export type KbliDocumentRule = { code: string; kbliPrefixes: readonly string[]; isActive?: boolean };

/** Codes of the active types a business with `kbliCodes` usually needs, in the given order. */
export function documentCodesForKbli(kbliCodes: readonly string[], types: readonly KbliDocumentRule[]): string[] {
  return types
    .filter((type) => type.isActive !== false)
    .filter(
      (type) =>
        type.kbliPrefixes.length === 0 ||
        kbliCodes.some((code) => type.kbliPrefixes.some((prefix) => code.startsWith(prefix))),
    )
    .map((type) => type.code);
}

/** Longest number pattern an admin may save (patterns run on every saved number). */
export const MAX_NUMBER_PATTERN_LENGTH = 200;

/** Whether `pattern` compiles as a JavaScript regular expression (and is not overly long). */
export function isValidNumberPattern(pattern: string): boolean {
  if (pattern.length === 0 || pattern.length > MAX_NUMBER_PATTERN_LENGTH) return false;
  try {
    new RegExp(pattern);
    return true;
  } catch {
    return false;
  }
}
