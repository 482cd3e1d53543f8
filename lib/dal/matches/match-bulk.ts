import "server-only";
import { hasRole, MATCH_APPROVERS } from "@/lib/access/roles";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { approveMatch, shortlistMatch } from "@/lib/dal/matches/matches";
import type { MatchViewer } from "@/lib/dal/matches/match-visibility";
import type { BulkVerb } from "@/lib/validation/matches";

export type BulkItem = { matchId: string; expectedVersion: number };

/**
 * What a bulk decision did, row by row: `done` went through; `stale` were refused because
 * someone changed the row after it was shown (its version moved); `refused` could not take
 * the verb any more (another status, another need's match, or not found).
 */
export type BulkOutcome = { done: string[]; stale: string[]; refused: string[] };

const SINGLE: Record<BulkVerb, (user: MatchViewer, id: string, expectedVersion: number) => Promise<unknown>> = {
  shortlist: shortlistMatch,
  approve: approveMatch,
};

/**
 * Shortlists or approves several matches of the candidates table (PMPTSP_OFFICER, ADMIN),
 * each through the single-match transition (lib/dal/matches/matches.ts: its own transaction,
 * version check, audit and notifications), so one rule holds in one place. A row whose version
 * moved is refused and written to nowhere; the other rows go through. Rows are applied in the
 * order given; the same match twice counts once; only matches of `needId` (the table's need).
 */
export async function decideMatchesInBulk(
  user: MatchViewer,
  verb: BulkVerb,
  needId: string,
  items: readonly BulkItem[],
): Promise<BulkOutcome> {
  if (!hasRole(user, MATCH_APPROVERS)) throw new AppError("FORBIDDEN");
  const ofNeed = new Set(
    (
      await db.match.findMany({
        where: { needId, id: { in: items.map((item) => item.matchId) } },
        select: { id: true },
      })
    ).map((row) => row.id),
  );
  const outcome: BulkOutcome = { done: [], stale: [], refused: [] };
  const seen = new Set<string>();
  for (const { matchId, expectedVersion } of items) {
    if (seen.has(matchId)) continue;
    seen.add(matchId);
    if (!ofNeed.has(matchId)) {
      outcome.refused.push(matchId);
      continue;
    }
    try {
      await SINGLE[verb](user, matchId, expectedVersion);
      outcome.done.push(matchId);
    } catch (error) {
      if (!(error instanceof AppError) || error.code === "FORBIDDEN") throw error;
      (error.code === "CONFLICT" && error.message === "stale" ? outcome.stale : outcome.refused).push(matchId);
    }
  }
  return outcome;
}
