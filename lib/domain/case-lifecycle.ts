import type { CaseStatus } from "@/lib/generated/prisma/enums";

/**
 * Assistance cases ("help UMKM X obtain document Y for need Z"): OPEN → IN_PROGRESS (the first
 * recorded step) → RESOLVED (with the outcome) | CANCELLED (with the reason); an OPEN case can
 * be resolved or cancelled directly. RESOLVED and CANCELLED are final.
 */
export const CASE_TRANSITIONS: Readonly<Record<CaseStatus, readonly CaseStatus[]>> = {
  OPEN: ["IN_PROGRESS", "RESOLVED", "CANCELLED"],
  IN_PROGRESS: ["RESOLVED", "CANCELLED"],
  RESOLVED: [],
  CANCELLED: [],
};

export const isCaseActive = (status: CaseStatus) => status === "OPEN" || status === "IN_PROGRESS";

export function mayTransitionCase(from: CaseStatus, to: CaseStatus): boolean {
  return CASE_TRANSITIONS[from].includes(to);
}

/** An active case whose due date (YYYY-MM-DD) is before `today` (the due day itself is not overdue). */
export function isCaseOverdue(status: CaseStatus, dueDate: string | null, today: string): boolean {
  return isCaseActive(status) && dueDate !== null && dueDate < today;
}
