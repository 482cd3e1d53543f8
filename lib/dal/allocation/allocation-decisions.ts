import "server-only";
import type { DbClient } from "@/lib/db";
import { db } from "@/lib/db";
import { assertAllocationRole } from "@/lib/dal/allocation/allocation-run";
import { recordAuditEvent } from "@/lib/dal/audit";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { SessionUser } from "@/lib/session-user";

export type ProposalKey = { needId: string; umkmId: string };

const STALE = "changedBySomeoneElse";
const key = (p: ProposalKey) => `${p.needId}/${p.umkmId}`;
const isUniqueViolation = (error: unknown) =>
  typeof error === "object" && error !== null && (error as { code?: string }).code === "P2002";

/** Marks one PENDING proposal decided; a proposal already decided (now or concurrently) is CONFLICT. */
async function claimProposal(
  tx: DbClient,
  runId: string,
  proposal: ProposalKey,
  decision: "ACCEPTED" | "DISMISSED",
  userId: string,
) {
  const { count } = await tx.allocationProposal.updateMany({
    where: { runId, ...proposal, decision: "PENDING" },
    data: { decision, decidedById: userId, decidedAt: new Date() },
  });
  if (count === 1) return;
  const exists = await tx.allocationProposal.findUnique({
    where: { runId_needId_umkmId: { runId, ...proposal } },
    select: { decision: true },
  });
  throw exists ? new AppError("CONFLICT", "alreadyDecided") : new AppError("NOT_FOUND");
}

/**
 * Turns an accepted proposal into a SHORTLISTED match of the run: a new match, or the pair's
 * SUGGESTED match moved on with its version check. Audited as "match.shortlist".
 */
async function shortlist(
  tx: DbClient,
  run: { id: string; weightsId: string | null },
  proposal: ProposalKey,
  userId: string,
) {
  const row = await tx.allocationProposal.findUniqueOrThrow({
    where: { runId_needId_umkmId: { runId: run.id, ...proposal } },
    select: { score: true, scoreBreakdown: true, need: { select: { status: true } } },
  });
  if (row.need.status !== "OPEN" && row.need.status !== "MATCHING") throw new AppError("CONFLICT", "needNotOpen");
  const existing = await tx.match.findUnique({
    where: { needId_umkmId: proposal },
    select: { id: true, status: true, version: true },
  });
  let matchId: string;
  if (!existing) {
    try {
      const created = await tx.match.create({
        data: {
          ...proposal,
          status: "SHORTLISTED",
          score: row.score,
          scoreBreakdown: row.scoreBreakdown as Prisma.InputJsonValue,
          weightsId: run.weightsId,
          allocationRunId: run.id,
        },
        select: { id: true },
      });
      matchId = created.id;
    } catch (error) {
      if (isUniqueViolation(error)) throw new AppError("CONFLICT", STALE);
      throw error;
    }
  } else if (existing.status === "SUGGESTED") {
    const { count } = await tx.match.updateMany({
      where: { id: existing.id, version: existing.version, status: "SUGGESTED" },
      data: { status: "SHORTLISTED", version: { increment: 1 }, allocationRunId: run.id },
    });
    if (count === 0) throw new AppError("CONFLICT", STALE);
    matchId = existing.id;
  } else {
    throw new AppError("CONFLICT", "alreadyMatched");
  }
  await recordAuditEvent(
    {
      actorId: userId,
      action: "match.shortlist",
      entityType: "match",
      entityId: matchId,
      fromStatus: existing ? "SUGGESTED" : undefined,
      toStatus: "SHORTLISTED",
      data: { allocationRunId: run.id },
    },
    tx,
  );
}

/**
 * Records an officer's decisions on a DONE run's proposals (PMPTSP_OFFICER, ADMIN): each
 * accepted proposal becomes a SHORTLISTED match of that run (audited "match.shortlist"), each
 * dismissed one is only marked. All or nothing, in one transaction: a proposal already decided
 * (by anyone, even at the same moment) makes the whole call CONFLICT, so each is decided once.
 */
export async function decideProposals(
  user: SessionUser,
  runId: string,
  accepted: ProposalKey[],
  dismissed: ProposalKey[],
): Promise<{ accepted: number; dismissed: number }> {
  assertAllocationRole(user);
  const keys = [...accepted, ...dismissed].map(key);
  if (keys.length === 0) throw new AppError("INVALID_INPUT", "nothingChosen");
  if (new Set(keys).size !== keys.length) throw new AppError("INVALID_INPUT", "decidedTwice");
  return db.$transaction(async (tx) => {
    const run = await tx.allocationRun.findUnique({
      where: { id: runId },
      select: { id: true, status: true, weightsId: true },
    });
    if (!run) throw new AppError("NOT_FOUND");
    if (run.status !== "DONE") throw new AppError("CONFLICT", "runNotDone");
    for (const proposal of dismissed) await claimProposal(tx, runId, proposal, "DISMISSED", user.id);
    for (const proposal of accepted) {
      await claimProposal(tx, runId, proposal, "ACCEPTED", user.id);
      await shortlist(tx, run, proposal, user.id);
    }
    if (dismissed.length > 0) {
      await recordAuditEvent(
        {
          actorId: user.id,
          action: "allocation.dismiss",
          entityType: "allocation_run",
          entityId: runId,
          data: { proposals: dismissed },
        },
        tx,
      );
    }
    return { accepted: accepted.length, dismissed: dismissed.length };
  });
}
