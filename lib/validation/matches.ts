import { z } from "zod";
import { PolaKemitraan } from "@/lib/generated/prisma/enums";
import { isCalendarDate, parseEnteredDate } from "@/lib/validation/dates";
import { text } from "@/lib/validation/text";
import { todayIso } from "@/lib/dates";
import { blankToUndefined, optionalText, rupiahField, versionField } from "@/lib/validation/primitives";

/**
 * Schemas of the match workflow's forms (and their server actions). Every message is a key of
 * `matching.errors`. Money is whole rupiah ("Rp 1.500.000" or digits); dates are YYYY-MM-DD.
 */
export const MATCH_ERROR_KEYS = [
  "required",
  "invalid",
  "tooLong",
  "reasonRequired",
  "patternRequired",
  "money",
  "moneyTooLarge",
  "dateInvalid",
  "endBeforeStart",
  "signedInFuture",
  "textCharacter",
] as const;

const version = versionField();
const reason = optionalText(2000);
// Typed as dd/mm/yyyy (or ISO), as ISO; blank = missing ("required"), an impossible date "dateInvalid".
const isoDate = z.preprocess(
  blankToUndefined,
  text({ error: "required" }).transform(parseEnteredDate).refine(isCalendarDate, "dateInvalid"),
);

/** The verbs a decision form may send (the agreement and the ending have forms of their own). */
export const DECISION_VERBS = ["shortlist", "approve", "reject", "accept", "decline", "confirmInterest"] as const;
export type DecisionVerb = (typeof DECISION_VERBS)[number];

/** A status decision at the version the user saw; reject and decline need a reason (≥ 5 characters). */
export const matchDecisionSchema = z
  .object({ matchId: z.uuid("invalid"), verb: z.enum(DECISION_VERBS, "invalid"), expectedVersion: version, reason })
  .refine((d) => (d.verb !== "reject" && d.verb !== "decline") || (d.reason?.length ?? 0) >= 5, {
    path: ["reason"],
    message: "reasonRequired",
  });
export type MatchDecision = z.output<typeof matchDecisionSchema>;

/**
 * The signed partnership agreement: pola kemitraan (PP 7/2021), contract value ≥ 0, period
 * (end on or after start) and the signing date (not in the future, WIB).
 */
export const agreementSchema = z
  .object({
    matchId: z.uuid("invalid"),
    expectedVersion: version,
    pattern: z.enum(PolaKemitraan, "patternRequired"),
    valueRp: rupiahField,
    startDate: isoDate,
    endDate: isoDate,
    signedAt: isoDate,
  })
  .superRefine((a, ctx) => {
    if (a.endDate < a.startDate) ctx.addIssue({ code: "custom", path: ["endDate"], message: "endBeforeStart" });
    if (a.signedAt > todayIso()) ctx.addIssue({ code: "custom", path: ["signedAt"], message: "signedInFuture" });
  });
export type AgreementInput = z.output<typeof agreementSchema>;

/** Ending a running partnership, with the reason in words. */
export const endPartnershipSchema = z
  .object({ matchId: z.uuid("invalid"), expectedVersion: version, reason })
  .refine((d) => (d.reason?.length ?? 0) >= 5, { path: ["reason"], message: "reasonRequired" });
export type EndPartnershipInput = z.output<typeof endPartnershipSchema>;

/** Board filters from the URL; anything unknown is dropped rather than refused. */
/**
 * Orders of the matches board, each served by an index (migration match_board_sort_indexes):
 * "last change" newest or oldest first on (updated_at, id) — (status, updated_at, id) under a
 * status tab — and score within one chosen need on (need_id, score, id).
 */
export const MATCH_BOARD_SORTS = ["updated-desc", "updated-asc", "score-desc", "score-asc"] as const;
export type MatchBoardSort = (typeof MATCH_BOARD_SORTS)[number];
/** Message keys (`matching.board.*`) of a refused `sort`. */
export const MATCH_BOARD_SORT_INVALID = "sortInvalid";
export const MATCH_BOARD_SORT_NEEDS_NEED = "sortScoreNeedsNeed";

/**
 * The board's query string. A bad status, need or cursor is ignored (the board still shows);
 * a bad `sort` fails with a `sort` issue whose message is one of the keys above, so the page
 * can say so and show the default order.
 */
export const matchBoardFilterSchema = z
  .object({
    status: z
      .enum(["SUGGESTED", "SHORTLISTED", "APPROVED", "ACCEPTED", "DECLINED", "AGREEMENT_SIGNED", "ENDED", "REJECTED"])
      .optional()
      .catch(undefined),
    need: z.uuid().optional().catch(undefined),
    after: text().max(200).optional().catch(undefined),
    sort: z.preprocess(
      (value) => (value === "" ? undefined : value),
      z.enum(MATCH_BOARD_SORTS, { error: MATCH_BOARD_SORT_INVALID }).optional(),
    ),
  })
  .superRefine((filter, ctx) => {
    if (filter.sort?.startsWith("score") && !filter.need)
      ctx.addIssue({ code: "custom", path: ["sort"], message: MATCH_BOARD_SORT_NEEDS_NEED });
  });
export type MatchBoardFilter = z.output<typeof matchBoardFilterSchema>;

/** The verbs the candidates table applies to several rows at once. */
export const BULK_VERBS = ["shortlist", "approve"] as const;
export type BulkVerb = (typeof BULK_VERBS)[number];
/** At most this many rows in one bulk decision (a page of the table is 50). */
export const BULK_MAX = 100;

/** One selected row as the table sends it: "<match id>:<version shown>". */
const bulkItem = text().transform((value, ctx) => {
  const [matchId = "", rawVersion = ""] = value.split(":");
  const parsed = z.object({ matchId: z.uuid(), expectedVersion: version }).safeParse({
    matchId,
    expectedVersion: rawVersion,
  });
  if (!parsed.success) {
    ctx.addIssue({ code: "custom", message: "invalid" });
    return z.NEVER;
  }
  return parsed.data;
});

/**
 * A bulk decision of the candidates table: the verb and the selected rows, each with the version
 * its row showed (each row is checked on its own). Nothing selected is "selectionRequired".
 */
export const bulkDecisionSchema = z.object({
  needId: z.uuid("invalid"),
  verb: z.enum(BULK_VERBS, "invalid"),
  selected: z.preprocess(
    (value) => (value === undefined ? [] : Array.isArray(value) ? value : [value]),
    z.array(bulkItem).min(1, "selectionRequired").max(BULK_MAX, "selectionTooLarge"),
  ),
});
export type BulkDecision = z.output<typeof bulkDecisionSchema>;

export const CANDIDATE_SCALES = ["MIKRO", "KECIL", "MENENGAH", "BESAR"] as const;
export const CANDIDATE_SORTS = ["score", "name"] as const;
/** Rows per page of the candidates table: one run's 50 suggestions fit on one page. */
export const CANDIDATE_PAGE_SIZE = 50;

const flag = z.enum(["1"], "flagInvalid").optional();

/**
 * The candidates table's URL (GET form): filters "dokumen siap" (ready), "kabupaten sama"
 * (sameRegency), scale, nominated; sort (score | name); page (1-based). An unknown value is
 * refused with the parameter's name (the page says which), never silently dropped. Empty
 * values (an unticked GET form field, "Semua") mean "no filter".
 */
export const candidateFilterSchema = z
  .object({
    ready: flag,
    sameRegency: flag,
    nominated: flag,
    scale: z.enum(CANDIDATE_SCALES, "scaleInvalid").optional(),
    sort: z.enum(CANDIDATE_SORTS, "sortInvalid").optional(),
    page: z.coerce.number("pageInvalid").int("pageInvalid").min(1, "pageInvalid").max(1000, "pageInvalid").optional(),
  })
  .strip();
export type CandidateFilter = z.output<typeof candidateFilterSchema>;

/**
 * The candidates table's search params → filter, or the names of the refused parameters.
 * Blank values are absent; a repeated parameter counts by its first value.
 */
export function parseCandidateFilter(
  params: Record<string, string | string[] | undefined>,
): { ok: true; filter: CandidateFilter } | { ok: false; invalid: string[] } {
  const values = Object.fromEntries(
    Object.entries(params)
      .map(([key, value]) => [key, Array.isArray(value) ? value[0] : value] as const)
      .filter(([, value]) => value !== undefined && value !== ""),
  );
  const parsed = candidateFilterSchema.safeParse(values);
  if (parsed.success) return { ok: true, filter: parsed.data };
  return { ok: false, invalid: [...new Set(parsed.error.issues.map((issue) => String(issue.path[0])))] };
}
