/**
 * The one sanitiser for the names of uploaded files (need attachments, paperwork scans,
 * UMKM imports): the name is shown in pages and sent back in Content-Disposition, so it
 * must be plain text whose extension agrees with the type found in the file's bytes.
 */
export const MAX_FILE_NAME_LENGTH = 150;

// C0 and C1 controls, DEL, and the invisible direction marks and overrides that make a name
// display differently from what it is ("x" + U+202E + "fdp.exe" shows as "xexe.pdf").
const CONTROLS_AND_BIDI = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
// Characters Windows refuses in names, and quotes that would need escaping in headers.
const RESERVED = /["<>|*?:]/g;
const TRAILING_EXTENSION = /\.(?=\p{N}*\p{L})([\p{L}\p{N}]{1,8})$/u; // "laporan.2024" has none
/** Extensions that already name the detected type. */
const SAME_TYPE: Readonly<Record<string, readonly string[]>> = { jpg: ["jpg", "jpeg"] };

/**
 * `name` as stored: its last path part (old browsers send "C:\\docs\\x.pdf"), NFC, without
 * controls, bidi marks or reserved characters, at most MAX_FILE_NAME_LENGTH characters with
 * the extension kept, and ending in `.extension` (the detected type's; a different extension
 * is replaced, a missing one added). An empty result becomes `fallback.extension`.
 */
export function safeFileName(name: string, extension: string, fallback: string): string {
  const lastPart = name.normalize("NFC").replace(CONTROLS_AND_BIDI, "").split(/[\\/]/).pop() ?? "";
  const cleaned = lastPart.replace(RESERVED, "").trim();
  const current = TRAILING_EXTENSION.exec(cleaned);
  const hasSameType = current !== null && (SAME_TYPE[extension] ?? [extension]).includes(current[1]!.toLowerCase());
  const suffix = hasSameType ? current![0] : `.${extension}`;
  const base = current ? cleaned.slice(0, current.index) : cleaned;
  // Count code points, not UTF-16 units, so a cut never splits an emoji or a Batak letter.
  const kept = Array.from(base)
    .slice(0, MAX_FILE_NAME_LENGTH - suffix.length)
    .join("")
    .replace(/^[.\s]+|[.\s]+$/g, "");
  return `${kept.length > 0 ? kept : fallback}${suffix}`;
}
