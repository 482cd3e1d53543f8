import type { PaperworkStatus } from "@/lib/generated/prisma/enums";
import { addMonthsIso } from "@/lib/dates";

/**
 * The paperwork-item state machine (DESIGN.md "Paperwork item"): NOT_STARTED → IN_PROGRESS →
 * SUBMITTED → ISSUED | REJECTED; REJECTED → IN_PROGRESS (apply again); ISSUED → EXPIRED only
 * by the system (lib/dal/paperwork/paperwork-expiry.ts, run by the reminder job); EXPIRED → IN_PROGRESS
 * (renewal). Pure rules: the data layer enforces them, the form offers only what they allow.
 */
export const PAPERWORK_TRANSITIONS: Readonly<Record<PaperworkStatus, readonly PaperworkStatus[]>> = {
  NOT_STARTED: ["IN_PROGRESS"],
  IN_PROGRESS: ["SUBMITTED"],
  SUBMITTED: ["ISSUED", "REJECTED"],
  ISSUED: ["EXPIRED"],
  REJECTED: ["IN_PROGRESS"],
  EXPIRED: ["IN_PROGRESS"],
};

/** Edges only the system may take (a person recording them is refused with `expiredBySystemOnly`). */
const SYSTEM_ONLY: readonly (readonly [PaperworkStatus, PaperworkStatus])[] = [["ISSUED", "EXPIRED"]];

export type PaperworkActor = "user" | "system";

/** Whether `by` may move an item from `from` to `to` (staying in the same status is an edit, always allowed). */
export function mayTransitionPaperwork(
  from: PaperworkStatus,
  to: PaperworkStatus,
  by: PaperworkActor = "user",
): boolean {
  if (from === to) return true;
  if (!PAPERWORK_TRANSITIONS[from].includes(to)) return false;
  return by === "system" || !SYSTEM_ONLY.some(([a, b]) => a === from && b === to);
}

/** The statuses a person may choose in the form for an item now in `from` (its own first). */
export function paperworkChoicesFor(from: PaperworkStatus): PaperworkStatus[] {
  return [from, ...PAPERWORK_TRANSITIONS[from].filter((to) => mayTransitionPaperwork(from, to, "user"))];
}

/** What the type of the document says about numbers and validity. */
export type PaperworkRules = { expires: boolean; validityMonths: number | null; numberPattern: string | null };

/** The fields of an item as they would be after the change (dates as YYYY-MM-DD). */
export type PaperworkDraft = {
  status: PaperworkStatus;
  number: string | null;
  issuedOn: string | null;
  expiresOn: string | null;
};

export type PaperworkIssue = { path: keyof PaperworkDraft; message: string };

/** Whether `value` matches the type's number pattern (no pattern: anything goes; a broken pattern matches nothing). */
export function matchesNumberPattern(value: string, pattern: string | null): boolean {
  if (!pattern) return true;
  try {
    return new RegExp(pattern).test(value);
  } catch {
    return false;
  }
}

/**
 * Checks a change of one item from `from` to `draft` and fills in what the rules derive:
 * an ISSUED document of a type that expires gets `expiresOn = issuedOn + validityMonths`
 * when it was left empty. Returns the completed draft and the problems (message keys of the
 * `paperwork.errors` catalogue), empty when the change is allowed:
 * - the edge must exist; ISSUED → EXPIRED by a person is `expiredBySystemOnly`;
 * - ISSUED needs a number and an issue date, not in the future;
 * - the number must match the type's pattern (NIB: 13 digits);
 * - the expiry may not be before the issue date; an ISSUED document may not be already expired.
 */
export function checkPaperworkChange(
  from: PaperworkStatus,
  draft: PaperworkDraft,
  rules: PaperworkRules,
  context: { by?: PaperworkActor; today: string },
): { draft: PaperworkDraft; issues: PaperworkIssue[] } {
  const issues: PaperworkIssue[] = [];
  const by = context.by ?? "user";
  const next = { ...draft };
  if (!mayTransitionPaperwork(from, next.status, by)) {
    const isSystemOnly = SYSTEM_ONLY.some(([a, b]) => a === from && b === next.status);
    issues.push({ path: "status", message: isSystemOnly ? "expiredBySystemOnly" : "transitionNotAllowed" });
  }
  if (next.number !== null && !matchesNumberPattern(next.number, rules.numberPattern))
    issues.push({ path: "number", message: "numberFormat" });
  if (next.status === "ISSUED") {
    if (!next.number) issues.push({ path: "number", message: "numberRequired" });
    if (!next.issuedOn) issues.push({ path: "issuedOn", message: "issuedOnRequired" });
    else if (next.issuedOn > context.today) issues.push({ path: "issuedOn", message: "issuedOnFuture" });
    if (rules.expires && next.issuedOn && !next.expiresOn) {
      if (rules.validityMonths) next.expiresOn = addMonthsIso(next.issuedOn, rules.validityMonths);
      else issues.push({ path: "expiresOn", message: "expiresOnRequired" });
    }
  }
  if (next.issuedOn && next.expiresOn && next.expiresOn < next.issuedOn)
    issues.push({ path: "expiresOn", message: "expiryBeforeIssue" });
  else if (next.status === "ISSUED" && next.expiresOn && next.expiresOn < context.today && by === "user") {
    issues.push({ path: "expiresOn", message: "expiresOnPast" });
  }
  return { draft: next, issues };
}
