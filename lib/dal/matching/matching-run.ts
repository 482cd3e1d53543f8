import "server-only";
import { hasRole, MATCH_APPROVERS } from "@/lib/access/roles";
import { db } from "@/lib/db";
import { recordAuditEvent } from "@/lib/dal/audit";
import { AppError } from "@/lib/errors";
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
  const umkmIds = candidates.map((candidate) => candidate.umkmId);
  const scores = candidates.map((candidate) => String(candidate.breakdown.score));
  const breakdowns = candidates.map((candidate) => JSON.stringify(candidate.breakdown));
  return db.$transaction(
    async (tx) => {
      // One statement, one round trip: the top candidates are upserted from arrays (a new row is
      // SUGGESTED; an existing one is refreshed only while still SUGGESTED, so a match acted on in
      // the meantime keeps its status, score and version), and SUGGESTED matches that fell out of
      // the top are deleted. The two CTEs touch disjoint rows (in the list / not in it).
      // `xmax = 0` tells a fresh insert from a row updated by ON CONFLICT.
      const [counts] = await tx.$queryRaw<{ suggested: number; updated: number; removed: number }[]>`
        WITH removed AS (
          DELETE FROM matches
           WHERE need_id = ${needId}::uuid AND status = 'SUGGESTED' AND NOT (umkm_id = ANY(${umkmIds}::uuid[]))
          RETURNING 1
        ), written AS (
          INSERT INTO matches (need_id, umkm_id, status, score, score_breakdown, weights_id, updated_at)
          SELECT ${needId}::uuid, c.umkm_id, 'SUGGESTED', c.score, c.breakdown::jsonb, ${weights.id}::uuid, now() AT TIME ZONE 'UTC'
            FROM unnest(${umkmIds}::uuid[], ${scores}::numeric[], ${breakdowns}::text[]) AS c(umkm_id, score, breakdown)
          ON CONFLICT (need_id, umkm_id) DO UPDATE
             SET score = EXCLUDED.score, score_breakdown = EXCLUDED.score_breakdown, weights_id = EXCLUDED.weights_id,
                 version = matches.version + 1, updated_at = EXCLUDED.updated_at
           WHERE matches.status = 'SUGGESTED'
          RETURNING (xmax = 0) AS inserted
        )
        SELECT (SELECT count(*) FROM written WHERE inserted)::int AS suggested,
               (SELECT count(*) FROM written WHERE NOT inserted)::int AS updated,
               (SELECT count(*) FROM removed)::int AS removed`;
      const result = {
        suggested: counts?.suggested ?? 0,
        updated: counts?.updated ?? 0,
        removed: counts?.removed ?? 0,
        weightsVersion: weights.version,
      };
      await recordAuditEvent(
        { actorId: user.id, action: "match.run", entityType: "supply_need", entityId: needId, data: result },
        tx,
      );
      return result;
    },
    { timeout: 30_000 },
  );
}
