import { z } from "zod";
import { KBLI_CODES } from "@/lib/reference/kbli-codes";
import { text } from "@/lib/validation/text";
import { blankToUndefined, rupiahField } from "@/lib/validation/primitives";

/**
 * The one schema for a UMKM profile: the create/edit form, its server action and every row of
 * a bulk import parse with it. Messages are keys of the `umkmForm.errors` catalogue, translated
 * where they are shown (form, import preview, error report).
 *
 * Kecamatan membership needs reference data, so the schema is built around a `RegionLookup`
 * (the dal loads it once from the database and caches it; tests pass a small one).
 */
export type RegionLookup = {
  /** True for a North Sumatra kabupaten/kota code such as "12.71". */
  hasRegency(code: string): boolean;
  /** The kabupaten/kota of a kecamatan code such as "12.71.01", or undefined when unknown. */
  regencyOfDistrict(code: string): string | undefined;
};

export const UMKM_ERROR_KEYS = [
  "required",
  "tooLong",
  "invalid",
  "phone",
  "email",
  "nibDigits",
  "npwpDigits",
  "kbliCount",
  "kbliUnknown",
  "regencyUnknown",
  "districtUnknown",
  "districtOtherRegency",
  "money",
  "moneyTooLarge",
  "integer",
  "yearRange",
  "capacityMin",
  "employeesRange",
  "activeFlag",
  "nibTaken",
  "nibDuplicateInFile",
  "nameDistrictTaken",
  "nameDistrictDuplicateInFile",
  "forbiddenField",
  "textCharacter",
  "nibIssuedItem",
] as const;
export type UmkmErrorKey = (typeof UMKM_ERROR_KEYS)[number];

const KNOWN_KBLI = new Set(KBLI_CODES.map((entry) => entry.code));
const requiredText = (max: number) => text({ error: "required" }).trim().min(1, "required").max(max, "tooLong");
const optionalText = (max: number) => z.preprocess(blankToUndefined, requiredText(max).optional());

/** "0812-3456-7890", "+62 812 3456 7890", "62812…", "(061) 456-7890" → "+628123456789" style. */
export function normalisePhone(raw: string): string | null {
  const compact = raw.replace(/[\s\-.()]/g, "");
  const national = compact.startsWith("+62")
    ? compact.slice(3)
    : compact.startsWith("62")
      ? compact.slice(2)
      : compact.startsWith("0")
        ? compact.slice(1)
        : null;
  if (national === null || !/^[1-9][0-9]{6,11}$/.test(national)) return null;
  return `+62${national}`;
}

/** "12", "1.200" (thousands dots) → number; blank → undefined; "1.5" stays a non-integer. */
function toWholeNumber(value: unknown): unknown {
  if (typeof value !== "string") return value;
  const trimmed = value.trim();
  if (trimmed === "") return undefined;
  return Number(/^[0-9]{1,3}(\.[0-9]{3})+$/.test(trimmed) ? trimmed.replaceAll(".", "") : trimmed);
}

const wholeNumber = (min: number, max: number, rangeKey: UmkmErrorKey) =>
  z.preprocess(
    toWholeNumber,
    z.number({ error: "integer" }).int("integer").min(min, rangeKey).max(max, rangeKey).optional(),
  );

const TRUE_WORDS = new Set(["true", "1", "ya", "yes", "aktif", "active", "on", "y"]);
const FALSE_WORDS = new Set(["false", "0", "tidak", "no", "nonaktif", "inactive", "off", "n"]);
const activeFlag = z.unknown().transform((value, ctx): boolean => {
  if (typeof value === "boolean") return value;
  if (blankToUndefined(value) === undefined) return true;
  const word = String(value).trim().toLowerCase();
  if (TRUE_WORDS.has(word)) return true;
  if (FALSE_WORDS.has(word)) return false;
  ctx.addIssue({ code: "custom", message: "activeFlag" });
  return z.NEVER;
});

const kbliCodes = z.unknown().transform((value, ctx): string[] => {
  const list = Array.isArray(value) ? value.map(String) : typeof value === "string" ? value.split(/[,;\s]+/) : [];
  const codes = [...new Set(list.map((code) => code.trim()).filter(Boolean))];
  if (codes.length < 1 || codes.length > 5) {
    ctx.addIssue({ code: "custom", message: codes.length < 1 ? "required" : "kbliCount" });
    return z.NEVER;
  }
  if (codes.some((code) => !KNOWN_KBLI.has(code))) {
    ctx.addIssue({ code: "custom", message: "kbliUnknown" });
    return z.NEVER;
  }
  return codes;
});

const digits = (key: UmkmErrorKey, pattern: RegExp) =>
  z.preprocess(
    (value) => (typeof value === "string" ? blankToUndefined(value.replace(/[\s.\-/]/g, "")) : value),
    text().regex(pattern, key).optional(),
  );

const umkmShape = z.object({
  businessName: requiredText(200),
  ownerName: requiredText(120),
  phone: z.preprocess(
    blankToUndefined,
    text()
      .transform((raw, ctx) => {
        const phone = normalisePhone(raw);
        if (!phone) ctx.addIssue({ code: "custom", message: "phone" });
        return phone ?? z.NEVER;
      })
      .optional(),
  ),
  email: z.preprocess(
    (v) => (typeof v === "string" ? blankToUndefined(v.trim().toLowerCase()) : v),
    z.email("email").max(200, "tooLong").optional(),
  ),
  nib: digits("nibDigits", /^[0-9]{13}$/),
  npwp: digits("npwpDigits", /^[0-9]{15,16}$/),
  kbliCodes,
  productsText: requiredText(2000),
  address: optionalText(300),
  regencyCode: requiredText(5),
  districtCode: requiredText(8),
  capitalRp: rupiahField,
  annualSalesRp: rupiahField,
  employees: wholeNumber(0, 1_000_000, "employeesRange"),
  yearEstablished: z.preprocess(
    blankToUndefined,
    z.coerce
      .number({ error: "integer" })
      .int("integer")
      .min(1900, "yearRange")
      .refine((year) => year <= new Date().getFullYear(), "yearRange")
      .optional(),
  ),
  capacity: z
    .preprocess((v) => blankToUndefined(v) ?? 1, wholeNumber(1, 10_000, "capacityMin"))
    .transform((v) => v ?? 1),
  isActive: activeFlag,
});

// Transform-only fields (money, KBLI, active flag) must run even when their key is absent,
// so that a missing column or form field gets "required" (or its default) like a blank one.
const withAllKeys = (value: unknown) =>
  value && typeof value === "object" && !Array.isArray(value)
    ? { capitalRp: undefined, annualSalesRp: undefined, kbliCodes: undefined, isActive: undefined, ...value }
    : value;

/** The fields without the reference-data checks. */
export const umkmFieldsSchema = z.preprocess(withAllKeys, umkmShape);

/** Adds the reference-data checks: a North Sumatra kabupaten/kota and a kecamatan inside it. */
export function umkmInputSchema(regions: RegionLookup) {
  return umkmFieldsSchema.superRefine((input, ctx) => {
    if (!regions.hasRegency(input.regencyCode)) {
      ctx.addIssue({ code: "custom", path: ["regencyCode"], message: "regencyUnknown" });
      return;
    }
    const regency = regions.regencyOfDistrict(input.districtCode);
    if (regency === undefined) ctx.addIssue({ code: "custom", path: ["districtCode"], message: "districtUnknown" });
    else if (regency !== input.regencyCode)
      ctx.addIssue({ code: "custom", path: ["districtCode"], message: "districtOtherRegency" });
  });
}

export type UmkmInput = z.output<typeof umkmFieldsSchema>;
export type UmkmField = keyof UmkmInput;

/** The fields an UMKM_OWNER may change on its own profile (contact and products). */
export const OWNER_EDITABLE_FIELDS = [
  "phone",
  "email",
  "productsText",
  "address",
] as const satisfies readonly UmkmField[];

/** What the owner's own form parses: only the fields it may change. */
export const umkmOwnerInputSchema = umkmShape.pick({ phone: true, email: true, productsText: true, address: true });
export type UmkmOwnerInput = z.output<typeof umkmOwnerInputSchema>;
