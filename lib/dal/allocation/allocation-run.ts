import "server-only";
import { hasRole, MATCH_APPROVERS } from "@/lib/access/roles";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { MatchStatus } from "@/lib/generated/prisma/enums";
import { AppError } from "@/lib/errors";
import { notifyUsers } from "@/lib/dal/notifications";
import type { SessionUser } from "@/lib/session-user";
import { solveAllocation, type AllocationEdge } from "@/lib/matching/allocation/solve";
import type { ScoreBreakdown } from "@/lib/matching/types";
import type { LoadedWeights } from "@/lib/matching/weights";
import { todayIso } from "@/lib/dates";
import { dbEnv } from "@/lib/env";

/** Refuses every role but MATCH_APPROVERS (allocation runs and their proposals) before anything is read. */
export function assertAllocationRole(user: SessionUser): void {
  if (!hasRole(user, MATCH_APPROVERS)) throw new AppError("FORBIDDEN");
}

/** Matches that hold a need's slot and an UMKM's capacity: introduced, accepted, signed. */
export const COMMITTED_STATUSES: readonly MatchStatus[] = ["APPROVED", "ACCEPTED", "AGREEMENT_SIGNED"];

export type Candidate = { umkmId: string; breakdown: ScoreBreakdown };
/** Top `limit` candidates of one need, best first (lib/matching/retrieve.ts in production; a stub in tests). */
export type CandidateProvider = (needId: string, limit: number) => Promise<Candidate[]>;

/**
 * Needs retrieved at once. Each retrieval holds one pool connection (its transaction) for tens of
 * milliseconds of many small queries, so running several overlaps their round trips; the budget
 * is at most 4 and at most half the pool, so the portal's own requests always keep the other
 * half (default pool 10: 4 for the run, 6 for the pages; the embedded database's pool of one: 1).
 */
export const retrievalConcurrency = (poolMax = dbEnv().DB_POOL_MAX) =>
  Math.max(1, Math.min(4, Math.floor(poolMax / 2)));
const PROGRESS_EVERY_MS = 1000;

/** Candidates asked for a need with `remaining` open slots: enough choice for the solver to trade off. */
export const candidateLimit = (remaining: number) => Math.max(10, 3 * remaining);

const heartbeat = (): Prisma.InputJsonValue => ({ heartbeatAt: new Date().toISOString() });

/** OPEN or MATCHING needs whose response deadline has not passed, with their slots still free. */
async function loadOpenNeeds(): Promise<{ id: string; remaining: number }[]> {
  const needs = await db.supplyNeed.findMany({
    where: { status: { in: ["OPEN", "MATCHING"] }, responseDeadline: { gte: new Date(todayIso()) } },
    select: {
      id: true,
      slots: true,
      _count: { select: { matches: { where: { status: { in: [...COMMITTED_STATUSES] } } } } },
    },
    orderBy: { id: "asc" },
  });
  return needs.map((n) => ({ id: n.id, remaining: n.slots - n._count.matches })).filter((n) => n.remaining > 0);
}

/** Remaining capacity (capacity − committed matches) of the given UMKM; inactive UMKM have none. */
async function remainingCapacity(umkmIds: string[]): Promise<Map<string, number>> {
  if (umkmIds.length === 0) return new Map();
  const rows = await db.$queryRaw<{ id: string; remaining: number }[]>`
    SELECT u.id::text AS id,
           CASE WHEN u.is_active THEN u.capacity - count(m.id)::int ELSE 0 END AS remaining
      FROM umkm u
      LEFT JOIN matches m ON m.umkm_id = u.id AND m.status::text = ANY(${[...COMMITTED_STATUSES]}::text[])
     WHERE u.id = ANY(${umkmIds}::uuid[])
     GROUP BY u.id`;
  return new Map(rows.map((r) => [r.id, Number(r.remaining)]));
}

/** Calls `work` for every item, `concurrency` at a time. */
async function forEachLimited<T>(
  items: readonly T[],
  concurrency: number,
  work: (item: T) => Promise<void>,
): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length) await work(items[next++]!);
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, items.length) }, worker));
}

/** Writes progress at most once a second (and the heartbeat that tells a live run from a dead one). */
function progressWriter(runId: string) {
  let last = 0;
  let pending: Promise<unknown> = Promise.resolve();
  return {
    report(processed: number, force = false) {
      const now = Date.now();
      if (!force && now - last < PROGRESS_EVERY_MS) return pending;
      last = now;
      pending = pending.then(() =>
        db.allocationRun.updateMany({
          where: { id: runId, status: "RUNNING" },
          data: { processed, stats: heartbeat() },
        }),
      );
      return pending;
    },
  };
}

/**
 * Executes a RUNNING allocation run: loads the open needs with free slots, retrieves each one's
 * candidates (limit max(10, 3 × free slots), `retrievalConcurrency()` needs at a time), solves the allocation over
 * the UMKM's remaining capacity, then stores the proposals and marks the run DONE in one
 * transaction. Nothing becomes a match here: an officer accepts proposals later. Errors mark
 * the run FAILED with their message. A run no longer RUNNING (declared interrupted) is left as is.
 */
export async function executeAllocationRun(
  runId: string,
  weights: LoadedWeights,
  candidatesFor: CandidateProvider,
  options: { concurrency?: number } = {},
): Promise<void> {
  const concurrency = options.concurrency ?? retrievalConcurrency();
  const started = performance.now();
  try {
    const needs = await loadOpenNeeds();
    await db.allocationRun.update({
      where: { id: runId },
      data: { needCount: needs.length, processed: 0, stats: heartbeat() },
    });
    const progress = progressWriter(runId);
    const edges: AllocationEdge[] = [];
    const breakdowns = new Map<string, ScoreBreakdown>();
    let processed = 0;
    let needsWithoutCandidates = 0;
    await forEachLimited(needs, concurrency, async (need) => {
      const candidates = await candidatesFor(need.id, candidateLimit(need.remaining));
      if (candidates.length === 0) needsWithoutCandidates += 1;
      for (const { umkmId, breakdown } of candidates) {
        edges.push({ needId: need.id, umkmId, score: breakdown.score });
        breakdowns.set(`${need.id}/${umkmId}`, breakdown);
      }
      processed += 1;
      await progress.report(processed);
    });
    await progress.report(processed, true);
    const retrievalMs = Math.round(performance.now() - started);
    const umkmIds = [...new Set(edges.map((e) => e.umkmId))];
    const capacity = await remainingCapacity(umkmIds);
    const result = await solveAllocation({
      needs: needs.map((n) => ({ id: n.id, slots: n.remaining })),
      umkm: umkmIds.map((id) => ({ id, capacity: capacity.get(id) ?? 0 })),
      edges,
    });
    const stats = {
      needs: needs.length,
      needsWithoutCandidates,
      edges: edges.length,
      distinctUmkm: umkmIds.length,
      proposals: result.assignments.length,
      retrievalMs,
      retrievalConcurrency: concurrency,
      solverMs: result.stats.solverMs,
      totalMs: 0,
      variables: result.stats.variables,
      constraints: result.stats.constraints,
      fractional: result.stats.fractional,
      repaired: result.stats.repaired,
      weightsVersion: weights.version,
    };
    await db.$transaction(
      async (tx) => {
        stats.totalMs = Math.round(performance.now() - started);
        const { count } = await tx.allocationRun.updateMany({
          where: { id: runId, status: "RUNNING" },
          data: {
            status: "DONE",
            processed: needs.length,
            totalScore: result.objective,
            stats,
            finishedAt: new Date(),
          },
        });
        if (count === 0) throw new Error("the run is no longer running (interrupted)");
        // The officer who started it (null for scripts) learns that proposals wait for review.
        const { createdById } = await tx.allocationRun.findUniqueOrThrow({
          where: { id: runId },
          select: { createdById: true },
        });
        if (createdById) {
          await notifyUsers(tx, {
            userIds: [createdById],
            kind: "allocationFinished",
            params: { proposals: result.assignments.length, needs: needs.length },
            link: `/allocation/${runId}`,
          });
        }
        for (let i = 0; i < result.assignments.length; i += 1000) {
          await tx.allocationProposal.createMany({
            data: result.assignments.slice(i, i + 1000).map((a) => ({
              runId,
              needId: a.needId,
              umkmId: a.umkmId,
              score: a.score,
              scoreBreakdown: breakdowns.get(`${a.needId}/${a.umkmId}`) as unknown as Prisma.InputJsonValue,
            })),
          });
        }
      },
      { timeout: 60_000 },
    );
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    await db.allocationRun
      .updateMany({
        where: { id: runId, status: "RUNNING" },
        data: { status: "FAILED", error: message.slice(0, 1000), finishedAt: new Date() },
      })
      .catch((writeError: unknown) => console.error("allocation run: could not record the failure", runId, writeError));
    console.error("allocation run failed", runId, error);
  }
}
