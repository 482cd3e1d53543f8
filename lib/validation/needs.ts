import { z } from "zod";
import { Frequency, NeedStatus, UmkmScale } from "@/lib/generated/prisma/enums";
import { calendarDate, enteredDate, parseEnteredDate } from "@/lib/validation/dates";
import { text } from "@/lib/validation/text";

/**
 * Supply-need schemas shared by the need form, the server actions and the REST API (and the
 * OpenAPI document is generated from them). Every error message is a key of the
 * `needValidation` namespace. Values stay strings where JSON or a form cannot carry them
 * exactly: money is whole rupiah as a digit string (never a float), quantity a decimal string,
 * dates are calendar dates `YYYY-MM-DD`. Rules needing the database (KBLI codes and document
 * types exist, the kabupaten/kota exists) are checked by the data layer, which reports them
 * with the same paths and keys.
 */

const SCALE_ORDER: readonly UmkmScale[] = ["MIKRO", "KECIL", "MENENGAH", "BESAR"];

const requiredText = (max: number, required: string, tooLong: string) =>
  text({ error: required }).trim().min(1, { error: required }).max(max, { error: tooLong });

export const isoDateSchema = (key: string) => calendarDate(key);

export const kbliCodeSchema = text({ error: "kbliInvalid" }).regex(/^\d{5}$/, { error: "kbliInvalid" });

/** The fields of a need without the cross-field rules (PATCH bodies are partial versions of it). */
export const needFieldsSchema = z.object({
  title: requiredText(200, "titleRequired", "titleTooLong"),
  description: requiredText(5000, "descriptionRequired", "descriptionTooLong"),
  kbliCodes: z
    .array(kbliCodeSchema, { error: "kbliRequired" })
    .min(1, { error: "kbliRequired" })
    .max(10, { error: "kbliTooMany" }),
  deliveryRegencyCode: text({ error: "regencyRequired" }).regex(/^\d{2}\.\d{2}$/, { error: "regencyRequired" }),
  quantity: text({ error: "quantityInvalid" })
    .trim()
    .regex(/^\d{1,12}(\.\d{1,2})?$/, { error: "quantityInvalid" })
    .refine((value) => Number(value) > 0, { error: "quantityInvalid" }),
  unit: requiredText(60, "unitRequired", "unitTooLong"),
  frequency: z.enum(Frequency, { error: "frequencyRequired" }),
  /** Whole rupiah, digits only; null when the firm does not state a value. */
  estimatedValueRp: text({ error: "valueInvalid" })
    .trim()
    .regex(/^\d{1,15}$/, { error: "valueInvalid" })
    .nullable(),
  periodStart: isoDateSchema("periodStartInvalid"),
  periodEnd: isoDateSchema("periodEndInvalid"),
  responseDeadline: isoDateSchema("deadlineInvalid"),
  slots: z.int({ error: "slotsInvalid" }).min(1, { error: "slotsInvalid" }).max(1000, { error: "slotsInvalid" }),
  minScale: z.enum(UmkmScale, { error: "scaleInvalid" }),
  maxScale: z.enum(UmkmScale, { error: "scaleInvalid" }),
  /** Codes of the reference document types (NIB, HALAL, SLHS, …) a UMKM must hold. */
  documentCodes: z
    .array(text().regex(/^[A-Z0-9_]{2,40}$/, { error: "documentInvalid" }))
    .max(20, { error: "documentInvalid" }),
});

export const needInputSchema = needFieldsSchema.superRefine((need, ctx) => {
  // ISO dates compare correctly as strings.
  if (need.periodEnd < need.periodStart)
    ctx.addIssue({ code: "custom", path: ["periodEnd"], message: "periodEndBeforeStart" });
  // UMKM must know whether they are picked before the work starts.
  if (need.responseDeadline > need.periodStart)
    ctx.addIssue({ code: "custom", path: ["responseDeadline"], message: "deadlineAfterStart" });
  if (SCALE_ORDER.indexOf(need.minScale) > SCALE_ORDER.indexOf(need.maxScale)) {
    ctx.addIssue({ code: "custom", path: ["maxScale"], message: "scaleOrder" });
  }
  if (new Set(need.kbliCodes).size !== need.kbliCodes.length)
    ctx.addIssue({ code: "custom", path: ["kbliCodes"], message: "kbliDuplicate" });
});
export type NeedInput = z.infer<typeof needInputSchema>;

export const versionSchema = z.int({ error: "versionInvalid" }).positive({ error: "versionInvalid" });

/** Reasons are required where a need ends without being filled. */
export const REASON_REQUIRED: readonly NeedStatus[] = ["CLOSED", "CANCELLED"];

export const needTransitionSchema = z
  .object({
    to: z.enum(NeedStatus, { error: "statusInvalid" }),
    reason: text().trim().max(1000, { error: "reasonTooLong" }).default(""),
    version: versionSchema,
  })
  .superRefine((value, ctx) => {
    if (REASON_REQUIRED.includes(value.to) && value.reason.length === 0)
      ctx.addIssue({ code: "custom", path: ["reason"], message: "reasonRequired" });
  });
export type NeedTransitionInput = z.infer<typeof needTransitionSchema>;

export const NEED_SORTS = ["deadline", "newest", "value"] as const;
export type NeedSort = (typeof NEED_SORTS)[number];

const blank = (v: unknown) => (v == null || (typeof v === "string" && v.trim() === "") ? undefined : v);
const optional = <T extends z.ZodType>(schema: T) => z.preprocess(blank, schema.optional());

/** Browsing filters, from the /needs query string or the API's; unknown or bad values are errors. */
export const needFilterSchema = z.object({
  status: optional(z.enum(NeedStatus, { error: "statusInvalid" })),
  firm: optional(z.uuid({ error: "firmInvalid" })),
  kbli: optional(text().regex(/^\d{2,5}$/, { error: "kbliPrefixInvalid" })),
  regency: optional(text().regex(/^\d{2}\.\d{2}$/, { error: "regencyInvalid" })),
  deadlineFrom: optional(isoDateSchema("deadlineInvalid")),
  deadlineTo: optional(isoDateSchema("deadlineInvalid")),
  q: optional(text().trim().max(200, { error: "queryTooLong" })),
  sort: z.preprocess(blank, z.enum(NEED_SORTS, { error: "sortInvalid" }).default("deadline")),
  cursor: optional(text().max(400, { error: "cursorInvalid" })),
  limit: z.preprocess(
    blank,
    z.coerce
      .number({ error: "limitInvalid" })
      .int({ error: "limitInvalid" })
      .min(1, { error: "limitInvalid" })
      .max(100, { error: "limitInvalid" })
      .default(20),
  ),
});
export type NeedFilter = z.infer<typeof needFilterSchema>;

/**
 * The /needs page's filters: needFilterSchema, but the deadline range is typed as people type
 * dates in the portal (`dd/mm/yyyy`, the DateInput of the filter form) or ISO. The /api/v1 API
 * keeps needFilterSchema: ISO dates only.
 */
export const needPageFilterSchema = needFilterSchema.extend({
  deadlineFrom: optional(enteredDate("deadlineInvalid")),
  deadlineTo: optional(enteredDate("deadlineInvalid")),
});

/**
 * The /needs query string as filters: invalid ones are dropped and named (`invalid`, their
 * parameter names) rather than failing the page; `raw` is what stays, as typed (the form and
 * the links keep it). `show=all` lists finished and past-deadline needs too; any other `show` is invalid.
 */
export function parseNeedPageFilters(search: Record<string, string | string[] | undefined>): {
  filter: NeedFilter;
  raw: Record<string, string | undefined>;
  invalid: string[];
} {
  const raw = Object.fromEntries(Object.entries(search).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v]));
  const showInvalid = raw.show !== undefined && raw.show !== "" && raw.show !== "all" ? ["show"] : [];
  const first = needPageFilterSchema.safeParse(raw);
  if (first.success && showInvalid.length === 0) return { filter: first.data, raw, invalid: [] };
  const invalid = [...new Set([...(first.error?.issues ?? []).map((i) => String(i.path[0])), ...showInvalid])];
  const cleaned = Object.fromEntries(Object.entries(raw).filter(([k]) => !invalid.includes(k)));
  return { filter: needPageFilterSchema.parse(cleaned), raw: cleaned, invalid };
}

/**
 * The need form's fields as the schema's input: KBLI codes typed as a list separated by commas
 * or spaces, document types as checkboxes, slots as a number field, an empty value as null,
 * dates typed as dd/mm/yyyy turned into ISO.
 */
export function needFormToInput(form: FormData): Record<string, unknown> {
  const get = (name: string) => String(form.get(name) ?? "");
  const slots = get("slots").trim();
  return {
    title: get("title"),
    description: get("description"),
    kbliCodes: get("kbliCodes")
      .split(/[\s,;]+/)
      .filter(Boolean),
    deliveryRegencyCode: get("deliveryRegencyCode"),
    quantity: get("quantity").replace(",", "."),
    unit: get("unit"),
    frequency: get("frequency") || undefined,
    estimatedValueRp: get("estimatedValueRp").replace(/[.\s]/g, "") || null,
    // Typed as dd/mm/yyyy (DateInput); the schema (shared with the API) takes ISO dates.
    periodStart: parseEnteredDate(get("periodStart")),
    periodEnd: parseEnteredDate(get("periodEnd")),
    responseDeadline: parseEnteredDate(get("responseDeadline")),
    slots: /^\d+$/.test(slots) ? Number(slots) : slots,
    minScale: get("minScale") || undefined,
    maxScale: get("maxScale") || undefined,
    documentCodes: form.getAll("documentCodes").map(String),
  };
}

/** Zod issues as `{ path, message }` pairs, the shape forms and problem+json both use. */
export function issuesOf(error: z.ZodError): { path: string; message: string }[] {
  return error.issues.map((issue) => ({ path: issue.path.join("."), message: issue.message }));
}
