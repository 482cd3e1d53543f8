import "server-only";
import { hasRole, NEED_PROGRESS_READERS } from "@/lib/access/roles";
import type { Actor } from "@/lib/actor";
import { db } from "@/lib/db";
import { COMMITTED_STATUSES } from "@/lib/dal/allocation/allocation-run";
import { needVisibilityWhere } from "@/lib/dal/needs/needs";
import { AppError } from "@/lib/errors";
import type { MatchStatus } from "@/lib/generated/prisma/enums";
import { isUuid } from "@/lib/validation/ids";

/** Where a need stands, in counts only (no UMKM before PMPTSP introduces it). */
export type NeedProgress = {
  /** Candidates PMPTSP shortlisted and is reviewing (SHORTLISTED). */
  underReview: number;
  /** Introductions waiting for the firm's answer (APPROVED). */
  introduced: number;
  accepted: number;
  signed: number;
  declined: number;
  slots: number;
  /** Slots minus the introductions holding one (introduced, accepted, signed), never below 0. */
  slotsLeft: number;
};

/**
 * The progress of one need: a firm's staff (or its API token) for their own firm's needs only,
 * PMPTSP for any. Diskop and UMKM owners are FORBIDDEN; another firm's need, or an unknown id,
 * is NOT_FOUND (its existence is not revealed). One grouped count over the need's matches.
 */
export async function getNeedProgress(actor: Actor, needId: string): Promise<NeedProgress> {
  if (!hasRole(actor, NEED_PROGRESS_READERS)) throw new AppError("FORBIDDEN");
  const need = isUuid(needId)
    ? await db.supplyNeed.findFirst({
        where: { AND: [{ id: needId }, needVisibilityWhere(actor)] },
        select: { slots: true },
      })
    : null;
  if (!need) throw new AppError("NOT_FOUND");
  const groups = await db.match.groupBy({ by: ["status"], where: { needId }, _count: { _all: true } });
  const count = (status: MatchStatus) => groups.find((g) => g.status === status)?._count._all ?? 0;
  const committed = COMMITTED_STATUSES.reduce((sum, status) => sum + count(status), 0);
  return {
    underReview: count("SHORTLISTED"),
    introduced: count("APPROVED"),
    accepted: count("ACCEPTED"),
    signed: count("AGREEMENT_SIGNED"),
    declined: count("DECLINED"),
    slots: need.slots,
    slotsLeft: Math.max(0, need.slots - committed),
  };
}
