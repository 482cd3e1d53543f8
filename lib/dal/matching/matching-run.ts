import "server-only";
import { hasRole, MATCH_APPROVERS } from "@/lib/access/roles";
import { db } from "@/lib/db";
import { recordAuditEvent } from "@/lib/dal/audit";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { retrieveCandidates } from "@/lib/dal/matching/retrieve";
import { loadActiveWeights } from "@/lib/dal/matching/weights";
import type { SessionUser } from "@/lib/session-user";

/** How many candidates one run keeps as SUGGESTED matches. */
export const SUGGESTIONS_PER_RUN = 50;

export type MatchingRunResult = { suggested: number; updated: number; removed: number; weightsVersion: number };

/**
 * Runs the matching service for one need (PMPTSP_OFFICER, ADMIN): the top candidates become
 * SUGGESTED matches with their score, breakdown and weights version. Re-running refreshes the
 * scores of SUGGESTED matches, adds new ones and removes SUGGESTED matches that fell out of the
 * top; matches already acted on (shortlisted, approved, …) are never touched. Audited as
 * "match.run". Only OPEN or MATCHING needs can be matched.
 */
export async function runMatchingForNeed(user: SessionUser, needId: string): Promise<MatchingRunResult> {
  if (!hasRole(user, MATCH_APPROVERS)) throw new AppError("FORBIDDEN");
  const need = await db.supplyNeed.findUnique({ where: { id: needId }, select: { status: true } });
  if (!need) throw new AppError("NOT_FOUND");
  if (need.status !== "OPEN" && need.status !== "MATCHING") throw new AppError("INVALID_INPUT", "needNotOpen");
  const weights = await loadActiveWeights(db);
  const candidates = await retrieveCandidates(db, needId, { limit: SUGGESTIONS_PER_RUN, weights });
  return db.$transaction(
    async (tx) => {
      const existing = await tx.match.findMany({
        where: { needId, status: "SUGGESTED" },
        select: { id: true, umkmId: true },
      });
      const byUmkm = new Map(existing.map((match) => [match.umkmId, match.id]));
      const kept = new Set(candidates.map((candidate) => candidate.umkmId));
      const stale = existing.filter((match) => !kept.has(match.umkmId)).map((match) => match.id);
      // Only rows still SUGGESTED: a match acted on in the meantime keeps its state.
      const removed =
        stale.length === 0
          ? 0
          : (await tx.match.deleteMany({ where: { id: { in: stale }, status: "SUGGESTED" } })).count;
      let suggested = 0;
      let updated = 0;
      for (const candidate of candidates) {
        const data = {
          score: candidate.breakdown.score,
          scoreBreakdown: candidate.breakdown as unknown as Prisma.InputJsonValue,
          weightsId: weights.id,
        };
        const id = byUmkm.get(candidate.umkmId);
        if (id) {
          const { count } = await tx.match.updateMany({
            where: { id, status: "SUGGESTED" },
            data: { ...data, version: { increment: 1 } },
          });
          updated += count;
        } else {
          const { count } = await tx.match.createMany({
            data: [{ needId, umkmId: candidate.umkmId, status: "SUGGESTED", ...data }],
            skipDuplicates: true,
          });
          suggested += count;
        }
      }
      const result = { suggested, updated, removed, weightsVersion: weights.version };
      await recordAuditEvent(
        { actorId: user.id, action: "match.run", entityType: "supply_need", entityId: needId, data: result },
        tx,
      );
      return result;
    },
    { timeout: 30_000 },
  );
}
