import { z } from "zod";
import { text } from "@/lib/validation/text";

/**
 * The small pieces every form schema is built from. Form fields arrive as strings, and an
 * empty (or whitespace-only) field means "not given": undefined for optional fields, null for
 * columns that are stored as NULL. Every failure is a message key; the key names here
 * ("tooLong", "required", "money", "moneyTooLarge", "invalid") exist in each form's catalogue
 * that uses them.
 */

/** A whitespace-only string → undefined; anything else as it is. */
export const blankToUndefined = (value: unknown) =>
  typeof value === "string" && value.trim() === "" ? undefined : value;

/** A whitespace-only string → null; anything else as it is. */
export const blankToNull = (value: unknown) => (typeof value === "string" && value.trim() === "" ? null : value);

/** `schema`, or null (the default) when the field is blank or missing. */
export const blankAsNull = <T extends z.ZodType>(schema: T) =>
  z.preprocess(blankToNull, schema.nullable().default(null));

/** Optional trimmed text of at most `max` characters; blank → undefined; too long → "tooLong". */
export const optionalText = (max: number) =>
  z.preprocess(blankToUndefined, text().trim().max(max, { error: "tooLong" }).optional());

/** Trimmed text of at most `max` characters stored as NULL when blank; too long → "tooLong". */
export const nullableText = (max: number) => blankAsNull(text().trim().max(max, { error: "tooLong" }));

/**
 * A form's optimistic-concurrency token (a hidden field): a whole number ≥ `min` (1 for a row
 * that exists, 0 where the form may create it); anything else is the message key `error`.
 */
export const versionField = (error = "invalid", min = 1) =>
  z.coerce.number({ error }).int({ error }).min(min, { error });

/** int8 holds 9.2e18; no UMKM or contract is anywhere near a quadrillion rupiah, so anything above is a typo. */
export const MAX_RUPIAH = 1_000_000_000_000_000n;

/** "Rp 1.500.000", "1.500.000", "1500000", "Rp1.500.000,00" → 1500000n; null when not whole rupiah. */
export function parseRupiah(raw: unknown): bigint | null {
  if (typeof raw === "bigint") return raw >= 0n ? raw : null;
  if (typeof raw === "number") return Number.isSafeInteger(raw) && raw >= 0 ? BigInt(raw) : null;
  if (typeof raw !== "string") return null;
  const cleaned = raw
    .trim()
    .replace(/^rp\.?\s*/i, "")
    .replace(/\s/g, "")
    .replace(/,0{1,2}$/, "");
  if (/^[0-9]{1,3}(\.[0-9]{3})+$/.test(cleaned)) return BigInt(cleaned.replaceAll(".", ""));
  return /^[0-9]+$/.test(cleaned) ? BigInt(cleaned) : null;
}

/**
 * A required amount of whole rupiah as typed (parseRupiah) → bigint. Blank → "required",
 * not whole rupiah → "money", above MAX_RUPIAH → "moneyTooLarge".
 */
export const rupiahField = z.unknown().transform((value, ctx): bigint => {
  const isBlank = blankToUndefined(value) === undefined;
  const parsed = isBlank ? null : parseRupiah(value);
  if (parsed === null) {
    ctx.addIssue({ code: "custom", message: isBlank ? "required" : "money" });
    return z.NEVER;
  }
  if (parsed > MAX_RUPIAH) {
    ctx.addIssue({ code: "custom", message: "moneyTooLarge" });
    return z.NEVER;
  }
  return parsed;
});
