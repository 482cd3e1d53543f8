/**
 * The text of an uploaded CSV whatever its encoding: spreadsheet programs on Windows save
 * "CSV" as Windows-1252 or UTF-16, and decoding those as UTF-8 turned "Café" into "Caf\uFFFD"
 * and UTF-16 into NUL-separated noise. Pure; Node's full ICU decodes all of these.
 */
export type TextEncodingName = "UTF-8" | "UTF-16LE" | "UTF-16BE" | "Windows-1252";
export type DecodedText = { text: string; encoding: TextEncodingName } | { unsupported: string };

const decoders: Record<TextEncodingName, string> = {
  "UTF-8": "utf-8",
  "UTF-16LE": "utf-16le",
  "UTF-16BE": "utf-16be",
  "Windows-1252": "windows-1252",
};
const startsWith = (bytes: Uint8Array, prefix: number[]) => prefix.every((byte, index) => bytes[index] === byte);

/** UTF-16 without a BOM: ASCII-range text leaves a NUL in every other byte. */
function utf16WithoutBom(bytes: Uint8Array): "UTF-16LE" | "UTF-16BE" | null {
  const sample = bytes.subarray(0, 4096 - (Math.min(bytes.length, 4096) % 2));
  if (sample.length < 4) return null;
  let evenNuls = 0,
    oddNuls = 0;
  for (let i = 0; i < sample.length; i += 2) {
    if (sample[i] === 0) evenNuls++;
    if (sample[i + 1] === 0) oddNuls++;
  }
  const pairs = sample.length / 2;
  if (oddNuls > pairs * 0.4 && evenNuls < pairs * 0.05) return "UTF-16LE";
  if (evenNuls > pairs * 0.4 && oddNuls < pairs * 0.05) return "UTF-16BE";
  return null;
}

function decode(bytes: Uint8Array, encoding: TextEncodingName, skip: number): DecodedText {
  try {
    return {
      text: new TextDecoder(decoders[encoding], { fatal: true, ignoreBOM: true }).decode(bytes.subarray(skip)),
      encoding,
    };
  } catch {
    return { unsupported: encoding };
  }
}

/**
 * Byte-order marks decide first (UTF-8, UTF-16LE/BE; UTF-32 is refused by name); then
 * BOM-less UTF-16; then valid UTF-8; anything else is read as Windows-1252, the encoding
 * Excel and Notepad on Indonesian Windows save "CSV" in (every byte maps to a character).
 */
export function decodeText(bytes: Uint8Array): DecodedText {
  if (startsWith(bytes, [0xff, 0xfe, 0x00, 0x00])) return { unsupported: "UTF-32LE" };
  if (startsWith(bytes, [0x00, 0x00, 0xfe, 0xff])) return { unsupported: "UTF-32BE" };
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) return decode(bytes, "UTF-8", 3);
  if (startsWith(bytes, [0xff, 0xfe])) return decode(bytes, "UTF-16LE", 2);
  if (startsWith(bytes, [0xfe, 0xff])) return decode(bytes, "UTF-16BE", 2);
  const utf16 = utf16WithoutBom(bytes);
  if (utf16) return decode(bytes, utf16, 0);
  const utf8 = decode(bytes, "UTF-8", 0);
  return "text" in utf8 ? utf8 : decode(bytes, "Windows-1252", 0);
}
