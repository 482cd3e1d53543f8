import { hasRole, NEED_EDITORS } from "@/lib/access/roles";
import type { NeedStatus, Role } from "@/lib/generated/prisma/enums";
import { todayIso } from "@/lib/dates";

/**
 * The supply-need state machine (DESIGN.md "Workflows"): DRAFT → OPEN → (MATCHING) →
 * FILLED | CLOSED | CANCELLED. Pure rules, used by the data layer (which enforces them) and
 * by the UI (which only offers what is allowed). FILLED, CLOSED and CANCELLED are final.
 */
export const NEED_TRANSITIONS: Readonly<Record<NeedStatus, readonly NeedStatus[]>> = {
  DRAFT: ["OPEN", "CANCELLED"],
  OPEN: ["MATCHING", "FILLED", "CLOSED", "CANCELLED"],
  MATCHING: ["OPEN", "FILLED", "CLOSED", "CANCELLED"],
  FILLED: [],
  CLOSED: [],
  CANCELLED: [],
};

/** Starting and stopping matching is the PMPTSP officers' work (they run the matching service). */
const OFFICE_ONLY: readonly (readonly [NeedStatus, NeedStatus])[] = [
  ["OPEN", "MATCHING"],
  ["MATCHING", "OPEN"],
];

/** Whether the state machine has the edge `from → to` at all. */
export function isAllowedTransition(from: NeedStatus, to: NeedStatus): boolean {
  return NEED_TRANSITIONS[from].includes(to);
}

/** Whether `role` may move a need (that it can see and edit) from `from` to `to`. */
export function mayTransition(role: Role, from: NeedStatus, to: NeedStatus): boolean {
  if (!hasRole(role, NEED_EDITORS) || !isAllowedTransition(from, to)) return false;
  const isOfficeOnly = OFFICE_ONLY.some(([a, b]) => a === from && b === to);
  return !isOfficeOnly || role !== "COMPANY_STAFF";
}

/** The transitions `role` may perform from `status`, in the order the UI offers them. */
export function transitionsFor(role: Role, status: NeedStatus): NeedStatus[] {
  return NEED_TRANSITIONS[status].filter((to) => mayTransition(role, status, to));
}

/** Content can be edited until the need is final; a need in matching keeps its terms. */
export function isEditable(status: NeedStatus): boolean {
  return status === "DRAFT" || status === "OPEN";
}

/** Whether `role` may create and edit needs (COMPANY_STAFF only for their own firm). */
export function mayEditNeeds(role: Role): boolean {
  return hasRole(role, NEED_EDITORS);
}

/**
 * An OPEN need whose response deadline has passed: shown as such, never stored (the deadline
 * day itself still counts as open).
 */
export function isPastDeadline(status: NeedStatus, responseDeadline: string, today: string = todayIso()): boolean {
  return status === "OPEN" && responseDeadline < today;
}

/** Why a need cannot be published today, or null: UMKM need time to respond. */
export function publishBlocker(responseDeadline: string, today: string = todayIso()): "deadlinePassed" | null {
  return responseDeadline < today ? "deadlinePassed" : null;
}
