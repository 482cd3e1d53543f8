/** UTF-8 byte order mark: without it Excel opens a UTF-8 CSV as the local code page (mangled names). */
export const UTF8_BOM = "\uFEFF";

/**
 * One CSV field (RFC 4180): quoted when it holds a quote, comma, semicolon or line break, with
 * inner quotes doubled. A value starting with = + - @ or a tab/CR is prefixed with an apostrophe
 * so a spreadsheet shows it as text instead of running it as a formula (OWASP "CSV injection"):
 * business names and products come from imports and forms.
 */
export function csvField(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",;\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** A CSV record with CRLF line ending (RFC 4180; Excel expects it). */
export function csvLine(fields: readonly string[]): string {
  return `${fields.map(csvField).join(",")}\r\n`;
}
