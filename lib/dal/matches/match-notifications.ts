import "server-only";
import type { DbClient } from "@/lib/db";
import type { MatchVerb } from "@/lib/domain/match-lifecycle";
import { notifyUsers, recipientsOfCompany, recipientsOfUmkm } from "@/lib/dal/notifications";
import type { NotificationKind } from "@/lib/notifications/kinds";

type Party = "firm" | "umkm" | "nominators" | "approver";

/** Which notification each transition sends, and to whom (the person acting is never notified). */
const PLAN: Record<MatchVerb, { kind: NotificationKind; to: readonly Party[] }> = {
  shortlist: { kind: "matchShortlisted", to: ["nominators"] },
  approve: { kind: "matchApproved", to: ["firm", "umkm", "nominators"] },
  reject: { kind: "matchRejected", to: ["nominators"] },
  accept: { kind: "matchAccepted", to: ["umkm", "approver", "nominators"] },
  decline: { kind: "matchDeclined", to: ["umkm", "approver", "nominators"] },
  recordAgreement: { kind: "agreementSigned", to: ["firm", "umkm", "approver", "nominators"] },
  end: { kind: "partnershipEnded", to: ["firm", "umkm", "approver"] },
  confirmInterest: { kind: "umkmConfirmedInterest", to: ["firm", "approver"] },
};

export type MatchEvent = {
  verb: MatchVerb;
  actorId: string | null;
  matchId: string;
  /** The match's version after the transition: one notification per transition and user. */
  version: number;
  companyId: string;
  umkmId: string;
  approvedById: string | null;
  names: { umkm: string; need: string; firm: string };
  reason?: string | null;
};

/** Diskop staff who nominated the UMKM (active accounts only; notifyUsers skips disabled ones too). */
async function nominatorsOf(client: DbClient, umkmId: string): Promise<string[]> {
  const rows = await client.nomination.findMany({
    where: { umkmId, nominatedById: { not: null } },
    select: { nominatedById: true },
    distinct: ["nominatedById"],
  });
  return rows.map((r) => r.nominatedById!).filter(Boolean);
}

/**
 * The in-app notifications of one match transition, written with the transaction client `tx`
 * so they commit or roll back with the transition itself.
 */
export async function notifyMatchTransition(tx: DbClient, event: MatchEvent): Promise<void> {
  const plan = PLAN[event.verb];
  const ids = new Set<string>();
  for (const party of plan.to) {
    const found =
      party === "firm"
        ? await recipientsOfCompany(tx, event.companyId)
        : party === "umkm"
          ? await recipientsOfUmkm(tx, event.umkmId)
          : party === "nominators"
            ? await nominatorsOf(tx, event.umkmId)
            : event.approvedById
              ? [event.approvedById]
              : [];
    for (const id of found) ids.add(id);
  }
  if (event.actorId) ids.delete(event.actorId);
  if (ids.size === 0) return;
  const params =
    plan.kind === "matchRejected" || plan.kind === "matchDeclined"
      ? { ...event.names, reason: event.reason ?? "" }
      : event.names;
  await notifyUsers(tx, {
    userIds: [...ids],
    kind: plan.kind,
    params,
    link: `/matches/${event.matchId}`,
    dedupeKey: `match:${event.matchId}:v${event.version}`,
  });
}
