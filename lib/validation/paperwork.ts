import { z } from "zod";
import { PaperworkStatus } from "@/lib/generated/prisma/enums";
import { enteredDate } from "@/lib/validation/dates";
import { text } from "@/lib/validation/text";
import { blankAsNull, nullableText, versionField } from "@/lib/validation/primitives";

/**
 * Schemas of the paperwork forms (one item's progress) and the assistance-case forms, shared
 * by the forms, their server actions and the data layer (which parses again). Error messages
 * are keys of the `paperwork.errors` catalogue. Rules that need the document type or the
 * item's current status (lifecycle, number format, default expiry) are in
 * lib/domain/paperwork-lifecycle.ts and reported by the data layer with the same keys.
 */

/** A date typed as dd/mm/yyyy (or ISO), as ISO; blank = none. */
const optionalDate = blankAsNull(enteredDate("dateInvalid"));
const optionalUuid = blankAsNull(z.uuid({ error: "invalid" }));

/** Optimistic-concurrency token of the form: 0 for an item that does not exist yet. */
export const expectedVersionSchema = versionField("invalid", 0);

/** One paperwork item's progress as an office records it (the scan travels beside it as a file). */
export const paperworkUpdateSchema = z.object({
  umkmId: z.uuid({ error: "invalid" }),
  documentTypeId: z.uuid({ error: "invalid" }),
  expectedVersion: expectedVersionSchema,
  status: z.enum(PaperworkStatus, { error: "statusInvalid" }),
  number: nullableText(100),
  issuer: nullableText(200),
  issuedOn: optionalDate,
  expiresOn: optionalDate,
  assistingOfficerId: optionalUuid,
  notes: nullableText(2000),
  /** Why this change was made, kept with the history entry. */
  changeNote: nullableText(1000),
});
export type PaperworkUpdate = z.output<typeof paperworkUpdateSchema>;

/** "Help UMKM X obtain document Y (for need Z)". */
export const caseOpenSchema = z.object({
  umkmId: z.uuid({ error: "invalid" }),
  documentTypeId: z.uuid({ error: "documentRequired" }),
  needId: optionalUuid,
  assigneeId: optionalUuid,
  dueDate: optionalDate,
  note: nullableText(2000),
});
export type CaseOpenInput = z.output<typeof caseOpenSchema>;

const caseRef = { caseId: z.uuid({ error: "invalid" }), expectedVersion: versionField() };

/** A step recorded on a case (what was done, what comes next). */
export const caseStepSchema = z.object({
  ...caseRef,
  note: text({ error: "noteRequired" }).trim().min(3, { error: "noteRequired" }).max(2000, { error: "tooLong" }),
});
export type CaseStepInput = z.output<typeof caseStepSchema>;

/** A new assignee (empty = nobody) and/or due date. */
export const caseReassignSchema = z.object({ ...caseRef, assigneeId: optionalUuid, dueDate: optionalDate });
export type CaseReassignInput = z.output<typeof caseReassignSchema>;

/** Resolve (with the outcome) or cancel (with the reason) a case. */
export const caseCloseSchema = z.object({
  ...caseRef,
  to: z.enum(["RESOLVED", "CANCELLED"], { error: "invalid" }),
  outcome: text({ error: "outcomeRequired" })
    .trim()
    .min(5, { error: "outcomeRequired" })
    .max(2000, { error: "tooLong" }),
});
export type CaseCloseInput = z.output<typeof caseCloseSchema>;

/** Filters of the case queue, from the URL. */
export const caseQueueFilterSchema = z.object({
  scope: z.enum(["mine", "all"]).optional().catch(undefined),
  status: z.enum(["OPEN", "IN_PROGRESS"]).optional().catch(undefined),
});
export type CaseQueueFilter = z.output<typeof caseQueueFilterSchema>;
