import { z } from "zod";
import { KBLI_CODES } from "@/lib/reference/kbli-codes";
import { text } from "@/lib/validation/text";
import { optionalText, versionField } from "@/lib/validation/primitives";

/** Message keys of the `nominations.errors` catalogue. */
export const NOMINATION_ERROR_KEYS = [
  "required",
  "tooLong",
  "invalid",
  "reasonShort",
  "reasonRequired",
  "kbliCount",
  "kbliUnknown",
  "textCharacter",
] as const;
const KNOWN_PREFIXES = new Set(
  KBLI_CODES.flatMap((entry) => [2, 3, 4, 5].map((length) => entry.code.slice(0, length))),
);

/**
 * Target sectors: 1–5 KBLI codes or prefixes (2–5 digits) from the reference list, given as
 * an array or as one comma/space separated string (the form's text field).
 */
const targetKbli = z.unknown().transform((value, ctx): string[] => {
  const list = Array.isArray(value) ? value.map(String) : typeof value === "string" ? value.split(/[,;\s]+/) : [];
  const codes = [...new Set(list.map((code) => code.trim()).filter(Boolean))];
  if (codes.length === 0 || codes.length > 5)
    ctx.addIssue({ code: "custom", message: codes.length === 0 ? "required" : "kbliCount" });
  else if (codes.some((code) => !KNOWN_PREFIXES.has(code))) ctx.addIssue({ code: "custom", message: "kbliUnknown" });
  return codes;
});

/** A Diskop nomination of one UMKM: the form and the server action parse with this. */
export const nominationInputSchema = z.object({
  umkmId: z.uuid("invalid"),
  reason: text({ error: "required" }).trim().min(10, "reasonShort").max(2000, "tooLong"),
  readinessNotes: optionalText(4000),
  targetKbli,
});
export type NominationInput = z.output<typeof nominationInputSchema>;

/** A transition of a PROPOSED nomination; rejecting needs a reason. */
export const nominationDecisionSchema = z
  .object({
    to: z.enum(["VERIFIED", "REJECTED", "WITHDRAWN"], "invalid"),
    reason: optionalText(2000),
    expectedVersion: versionField(),
  })
  .refine((d) => d.to !== "REJECTED" || (d.reason?.length ?? 0) >= 5, { path: ["reason"], message: "reasonRequired" });
export type NominationDecision = z.output<typeof nominationDecisionSchema>;

/**
 * Orders of the nominations list, both on (created_at, id) (index nominations_created_at_id_idx;
 * a status tab uses (status, created_at)): newest first (default) or oldest first.
 */
export const NOMINATION_SORTS = ["date-desc", "date-asc"] as const;
export type NominationSort = (typeof NOMINATION_SORTS)[number];
/** Message key (`nominations.sortInvalid`) of a refused `sort`. */
export const NOMINATION_SORT_INVALID = "sortInvalid";

/**
 * The nominations list's query string. An unknown status or a malformed cursor is ignored (the
 * list still shows); a bad `sort` fails with a `sort` issue (`sortInvalid`) the page names.
 */
export const nominationListFilterSchema = z.object({
  status: z.enum(["PROPOSED", "VERIFIED", "REJECTED", "WITHDRAWN"]).optional().catch(undefined),
  sort: z.preprocess(
    (value) => (value === "" ? undefined : value),
    z.enum(NOMINATION_SORTS, { error: NOMINATION_SORT_INVALID }).optional(),
  ),
  cursor: text().max(400).optional().catch(undefined),
});
export type NominationListFilter = z.output<typeof nominationListFilterSchema>;
