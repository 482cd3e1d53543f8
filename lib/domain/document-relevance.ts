/**
 * Which document types concern a business, from its KBLI codes (pure). A document type lists
 * the KBLI prefixes whose businesses usually need it ("5621" → SLHS); one without prefixes
 * (NIB, NPWP) concerns every business. A document already in progress or on record stays with
 * the relevant ones whatever its prefixes, so nothing recorded disappears behind "Dokumen lain".
 */
export function isDocumentRelevant(documentPrefixes: readonly string[], kbliCodes: readonly string[]): boolean {
  if (documentPrefixes.length === 0) return true;
  return kbliCodes.some((code) => documentPrefixes.some((prefix) => code.startsWith(prefix)));
}

/** Rows split into the documents relevant to `kbliCodes` (or already started) and the others, order kept. */
export function splitByRelevance<Row extends { documentType: { kbliPrefixes: readonly string[] }; item: unknown }>(
  rows: readonly Row[],
  kbliCodes: readonly string[],
  isStarted: (row: Row) => boolean = (row) => row.item !== null,
): { relevant: Row[]; other: Row[] } {
  const relevant: Row[] = [];
  const other: Row[] = [];
  for (const row of rows)
    (isDocumentRelevant(row.documentType.kbliPrefixes, kbliCodes) || isStarted(row) ? relevant : other).push(row);
  return { relevant, other };
}
