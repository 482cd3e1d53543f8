import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { MatchStatus } from "@/lib/generated/prisma/enums";
import { db, type DbClient } from "@/lib/db";
import { isAllowedFrom, mayPerform, nextStatus, type MatchVerb } from "@/lib/domain/match-lifecycle";
import { AppError } from "@/lib/errors";
import { recordAuditEvent } from "@/lib/dal/audit";
import { notifyMatchTransition } from "@/lib/dal/matches/match-notifications";
import { matchVisibilityWhere, type MatchViewer } from "@/lib/dal/matches/match-visibility";
import type { AgreementInput, EndPartnershipInput, MatchDecision } from "@/lib/validation/matches";
import { isUuid } from "@/lib/validation/ids";
import { fromIsoDate } from "@/lib/dates";

/** The plain "changed by someone else" answer to a stale version (`matching.errors.stale` in the UI). */
const stale = () => new AppError("CONFLICT", "stale");

export type TransitionResult = { status: MatchStatus; version: number };

const AUDIT_ACTION: Record<MatchVerb, string> = {
  shortlist: "match.shortlist",
  approve: "match.approve",
  reject: "match.reject",
  accept: "match.accept",
  decline: "match.decline",
  recordAgreement: "match.record_agreement",
  end: "match.end",
  confirmInterest: "match.confirm_interest",
};

/**
 * The match as `user` may act on it, checked in this order: visible to the user (else
 * NOT_FOUND), the user's role may perform `verb` at all (else FORBIDDEN), the version is the
 * one the user saw (else CONFLICT stale), the state machine has the edge (else CONFLICT notAllowed).
 */
async function actionable(tx: DbClient, user: MatchViewer, id: string, verb: MatchVerb, expectedVersion: number) {
  const scope = isUuid(id) ? matchVisibilityWhere(user) : null;
  const match =
    scope &&
    (await tx.match.findFirst({
      where: { AND: [{ id }, scope] },
      select: {
        id: true,
        status: true,
        version: true,
        umkmId: true,
        approvedById: true,
        umkmConfirmedAt: true,
        umkm: { select: { businessName: true } },
        need: { select: { title: true, companyId: true, company: { select: { name: true } } } },
      },
    }));
  if (!match) throw new AppError("NOT_FOUND");
  if (!mayPerform(user.role, verb)) throw new AppError("FORBIDDEN");
  if (match.version !== expectedVersion) throw stale();
  if (!isAllowedFrom(verb, match.status) || (verb === "confirmInterest" && match.umkmConfirmedAt)) {
    throw new AppError("CONFLICT", "notAllowed");
  }
  return match;
}

type Extra = {
  data?: Prisma.MatchUpdateManyMutationInput;
  reason?: string | null;
  afterUpdate?: (tx: DbClient, now: Date) => Promise<unknown>;
};

/**
 * One transition: the conditional UPDATE (id, version and status as read: of concurrent
 * callers exactly one matches, the others get CONFLICT and write nothing), its audit event
 * and the parties' notifications, all in one transaction.
 */
async function transition(
  user: MatchViewer,
  id: string,
  verb: MatchVerb,
  expectedVersion: number,
  extra: Extra = {},
): Promise<TransitionResult> {
  return db.$transaction(async (tx) => {
    const match = await actionable(tx, user, id, verb, expectedVersion);
    const to = nextStatus(verb, match.status)!;
    const now = new Date();
    const { count } = await tx.match.updateMany({
      where: { id, version: expectedVersion, status: match.status },
      data: {
        status: to,
        version: { increment: 1 },
        ...extra.data,
        ...(verb === "approve" ? { approvedById: user.id, approvedAt: now } : {}),
      },
    });
    if (count !== 1) throw stale();
    await extra.afterUpdate?.(tx, now);
    const version = expectedVersion + 1;
    await recordAuditEvent(
      {
        actorId: user.id,
        action: AUDIT_ACTION[verb],
        entityType: "match",
        entityId: id,
        fromStatus: match.status,
        toStatus: to,
        reason: extra.reason ?? undefined,
        data: { version },
      },
      tx,
    );
    await notifyMatchTransition(tx, {
      verb,
      actorId: user.id,
      matchId: id,
      version,
      companyId: match.need.companyId,
      umkmId: match.umkmId,
      approvedById: verb === "approve" ? user.id : match.approvedById,
      reason: extra.reason,
      names: { umkm: match.umkm.businessName, need: match.need.title, firm: match.need.company.name },
    });
    return { status: to, version };
  });
}

/** PMPTSP_OFFICER/ADMIN: SUGGESTED → SHORTLISTED. */
export function shortlistMatch(user: MatchViewer, id: string, expectedVersion: number) {
  return transition(user, id, "shortlist", expectedVersion);
}

/** PMPTSP_OFFICER/ADMIN: SUGGESTED|SHORTLISTED → APPROVED (an introduction); stamps who approved and when. */
export function approveMatch(user: MatchViewer, id: string, expectedVersion: number) {
  return transition(user, id, "approve", expectedVersion);
}

/** PMPTSP_OFFICER/ADMIN: SUGGESTED|SHORTLISTED → REJECTED, with the reason. */
export function rejectMatch(user: MatchViewer, id: string, expectedVersion: number, reason: string) {
  return transition(user, id, "reject", expectedVersion, { reason, data: { decisionReason: reason } });
}

/** COMPANY_STAFF of the need's firm: APPROVED → ACCEPTED. */
export function acceptMatch(user: MatchViewer, id: string, expectedVersion: number) {
  return transition(user, id, "accept", expectedVersion);
}

/** COMPANY_STAFF of the need's firm: APPROVED → DECLINED, with the reason. */
export function declineMatch(user: MatchViewer, id: string, expectedVersion: number, reason: string) {
  return transition(user, id, "decline", expectedVersion, { reason, data: { decisionReason: reason } });
}

/**
 * UMKM_OWNER of the match's UMKM: confirms interest in an introduction (APPROVED/ACCEPTED),
 * once; stamps `umkmConfirmedAt`, the status stays.
 */
export function confirmInterest(user: MatchViewer, id: string, expectedVersion: number) {
  return transition(user, id, "confirmInterest", expectedVersion, { data: { umkmConfirmedAt: new Date() } });
}

/** Applies a decision form's verb (shortlist, approve, reject, accept, decline, confirm interest). */
export function decideMatch(user: MatchViewer, decision: MatchDecision): Promise<TransitionResult> {
  const { matchId, expectedVersion, reason = "" } = decision;
  switch (decision.verb) {
    case "shortlist":
      return shortlistMatch(user, matchId, expectedVersion);
    case "approve":
      return approveMatch(user, matchId, expectedVersion);
    case "reject":
      return rejectMatch(user, matchId, expectedVersion, reason);
    case "accept":
      return acceptMatch(user, matchId, expectedVersion);
    case "decline":
      return declineMatch(user, matchId, expectedVersion, reason);
    case "confirmInterest":
      return confirmInterest(user, matchId, expectedVersion);
  }
}

/**
 * The firm's staff or PMPTSP record the signed agreement of an ACCEPTED match: the
 * partnership (pola kemitraan, value, period, signing date) is created and the match moves to
 * AGREEMENT_SIGNED in the same transaction — both or neither.
 */
export function recordAgreement(user: MatchViewer, input: AgreementInput): Promise<TransitionResult> {
  return transition(user, input.matchId, "recordAgreement", input.expectedVersion, {
    afterUpdate: (tx) =>
      tx.partnership.create({
        data: {
          matchId: input.matchId,
          pattern: input.pattern,
          valueRp: input.valueRp,
          startDate: fromIsoDate(input.startDate),
          endDate: fromIsoDate(input.endDate),
          signedAt: fromIsoDate(input.signedAt),
          recordedById: user.id,
        },
      }),
  });
}

/** The firm's staff or PMPTSP end a running partnership (AGREEMENT_SIGNED → ENDED), with the reason. */
export function endPartnership(user: MatchViewer, input: EndPartnershipInput): Promise<TransitionResult> {
  const reason = input.reason ?? "";
  return transition(user, input.matchId, "end", input.expectedVersion, {
    reason,
    afterUpdate: (tx, now) =>
      tx.partnership.update({ where: { matchId: input.matchId }, data: { endedAt: now, endReason: reason } }),
  });
}
