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
export const matchBoardFilterSchema = z.object({
  status: z
    .enum(["SUGGESTED", "SHORTLISTED", "APPROVED", "ACCEPTED", "DECLINED", "AGREEMENT_SIGNED", "ENDED", "REJECTED"])
    .optional()
    .catch(undefined),
  need: z.uuid().optional().catch(undefined),
  after: text().max(200).optional().catch(undefined),
});
export type MatchBoardFilter = z.output<typeof matchBoardFilterSchema>;
