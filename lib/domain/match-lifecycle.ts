import { hasRole, MATCH_APPROVERS, PARTNERSHIP_RECORDERS } from "@/lib/access/roles";
import type { MatchStatus, Role } from "@/lib/generated/prisma/enums";

/**
 * The match state machine (DESIGN.md "Workflows: Match"), as pure rules: the data layer
 * enforces them (lib/dal/matches/matches.ts) and the screens offer only what they allow.
 *
 *   SUGGESTED → SHORTLISTED → APPROVED → ACCEPTED | DECLINED
 *   ACCEPTED → AGREEMENT_SIGNED → ENDED
 *   SUGGESTED | SHORTLISTED → REJECTED (reason required); SUGGESTED → APPROVED directly
 *
 * Who: PMPTSP_OFFICER/ADMIN shortlist, approve, reject, record the agreement and end it;
 * COMPANY_STAFF of the need's firm accept, decline (reason required), record the agreement
 * and end it; the UMKM_OWNER of the match's UMKM confirms interest in an introduction
 * (APPROVED or ACCEPTED), which stamps `umkmConfirmedAt` and changes no status. Whether the
 * user belongs to the need's firm or the match's UMKM is the data layer's where clause.
 */
export const MATCH_VERBS = [
  "shortlist",
  "approve",
  "reject",
  "accept",
  "decline",
  "recordAgreement",
  "end",
  "confirmInterest",
] as const;
export type MatchVerb = (typeof MATCH_VERBS)[number];

type VerbRule = {
  from: readonly MatchStatus[];
  /** The status afterwards; null = the status does not change (confirm interest). */
  to: MatchStatus | null;
  roles: readonly Role[];
  needsReason: boolean;
};

export const MATCH_VERB_RULES: Readonly<Record<MatchVerb, VerbRule>> = {
  shortlist: { from: ["SUGGESTED"], to: "SHORTLISTED", roles: MATCH_APPROVERS, needsReason: false },
  approve: { from: ["SUGGESTED", "SHORTLISTED"], to: "APPROVED", roles: MATCH_APPROVERS, needsReason: false },
  reject: { from: ["SUGGESTED", "SHORTLISTED"], to: "REJECTED", roles: MATCH_APPROVERS, needsReason: true },
  accept: { from: ["APPROVED"], to: "ACCEPTED", roles: ["COMPANY_STAFF"], needsReason: false },
  decline: { from: ["APPROVED"], to: "DECLINED", roles: ["COMPANY_STAFF"], needsReason: true },
  recordAgreement: { from: ["ACCEPTED"], to: "AGREEMENT_SIGNED", roles: PARTNERSHIP_RECORDERS, needsReason: false },
  end: { from: ["AGREEMENT_SIGNED"], to: "ENDED", roles: PARTNERSHIP_RECORDERS, needsReason: true },
  confirmInterest: { from: ["APPROVED", "ACCEPTED"], to: null, roles: ["UMKM_OWNER"], needsReason: false },
};

/**
 * Statuses a firm and the UMKM see: PMPTSP approved the pair, so it is an introduction (and
 * everything that follows from it). SUGGESTED, SHORTLISTED and REJECTED stay internal.
 */
export const INTRODUCTION_STATUSES: readonly MatchStatus[] = [
  "APPROVED",
  "ACCEPTED",
  "DECLINED",
  "AGREEMENT_SIGNED",
  "ENDED",
];

/** Every status, in workflow order (board tabs, filters). */
export const MATCH_STATUSES: readonly MatchStatus[] = [
  "SUGGESTED",
  "SHORTLISTED",
  "APPROVED",
  "ACCEPTED",
  "DECLINED",
  "AGREEMENT_SIGNED",
  "ENDED",
  "REJECTED",
];

export function isIntroduction(status: MatchStatus): boolean {
  return INTRODUCTION_STATUSES.includes(status);
}

/** The status `verb` leads to from `from`, or null when the state machine has no such edge. */
export function nextStatus(verb: MatchVerb, from: MatchStatus): MatchStatus | null {
  const rule = MATCH_VERB_RULES[verb];
  if (!rule.from.includes(from)) return null;
  return rule.to ?? from;
}

/** Whether `verb` is an edge from `from` at all (whoever performs it). */
export function isAllowedFrom(verb: MatchVerb, from: MatchStatus): boolean {
  return nextStatus(verb, from) !== null;
}

/** Whether `role` may ever perform `verb` (tenancy aside). */
export function mayPerform(role: Role, verb: MatchVerb): boolean {
  return hasRole(role, MATCH_VERB_RULES[verb].roles);
}

/** Reject, decline and end need a reason in words. */
export function needsReason(verb: MatchVerb): boolean {
  return MATCH_VERB_RULES[verb].needsReason;
}

/**
 * What `role` may do to a match in `status` now, in the order the screens offer it. Interest
 * is confirmed once: `umkmConfirmed` removes it.
 */
export function verbsFor(role: Role, status: MatchStatus, umkmConfirmed = false): MatchVerb[] {
  return MATCH_VERBS.filter(
    (verb) => mayPerform(role, verb) && isAllowedFrom(verb, status) && !(verb === "confirmInterest" && umkmConfirmed),
  );
}
