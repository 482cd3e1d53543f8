import "server-only";
import { db } from "@/lib/db";
import { loadReadiness, readinessPairKey } from "@/lib/dal/paperwork/readiness-source";
import { withLiveReadiness } from "@/lib/matching/score";
import { recordAuditEvent } from "@/lib/dal/audit";
import {
  assertAllocationRole,
  executeAllocationRun,
  type CandidateProvider,
} from "@/lib/dal/allocation/allocation-run";
import { AppError } from "@/lib/errors";
import type { AllocationStatus, ProposalDecision } from "@/lib/generated/prisma/enums";
import { retrieveCandidates } from "@/lib/dal/matching/retrieve";
import type { ScoreBreakdown } from "@/lib/matching/types";
import { loadActiveWeights } from "@/lib/dal/matching/weights";
import type { SessionUser } from "@/lib/session-user";
import { isUuid } from "@/lib/validation/ids";

export type { CandidateProvider } from "@/lib/dal/allocation/allocation-run";
export { decideProposals, type ProposalKey } from "@/lib/dal/allocation/allocation-decisions";

/** A RUNNING run whose row has not moved for this long lost its process (restart, crash). */
export const STALE_RUN_MS = 5 * 60 * 1000;
/** Serialises "is a run in progress? then start one" across connections (pg advisory lock key). */
const START_LOCK = 7_707_001;

const inFlight = new Set<Promise<void>>();

/** Resolves when every allocation run started by this process has finished (tests, scripts). */
export async function waitForAllocationRuns(): Promise<void> {
  while (inFlight.size > 0) await Promise.allSettled([...inFlight]);
}

function lastHeartbeat(run: { createdAt: Date; stats: unknown }): number {
  const beat = (run.stats as { heartbeatAt?: string } | null)?.heartbeatAt;
  const at = beat ? Date.parse(beat) : NaN;
  return Number.isNaN(at) ? run.createdAt.getTime() : at;
}

/** A RUNNING run whose progress has not been written for STALE_RUN_MS. */
export function isInterrupted(
  run: { status: AllocationStatus; createdAt: Date; stats: unknown },
  now = Date.now(),
): boolean {
  return run.status === "RUNNING" && now - lastHeartbeat(run) > STALE_RUN_MS;
}

/**
 * Starts a portfolio allocation run (PMPTSP_OFFICER, ADMIN) with the active weights and returns
 * its id at once; the run executes in the background in this process, writing its progress to
 * the row. A second run is refused (CONFLICT) while one is running; a run interrupted by a
 * restart (no progress for 5 minutes) is marked FAILED first. `candidatesFor` replaces the SQL
 * retrieval (tests use small hand-made candidate sets).
 */
export async function startAllocationRun(
  user: SessionUser,
  options: { candidatesFor?: CandidateProvider } = {},
): Promise<{ id: string }> {
  assertAllocationRole(user);
  const weights = await loadActiveWeights(db);
  const run = await db.$transaction(async (tx) => {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(${START_LOCK})`;
    const running = await tx.allocationRun.findMany({
      where: { status: "RUNNING" },
      select: { id: true, status: true, createdAt: true, stats: true },
    });
    const stale = running.filter((r) => isInterrupted(r));
    if (stale.length < running.length) throw new AppError("CONFLICT", "runInProgress");
    if (stale.length > 0) {
      await tx.allocationRun.updateMany({
        where: { id: { in: stale.map((r) => r.id) }, status: "RUNNING" },
        data: { status: "FAILED", error: "interrupted: no progress for 5 minutes", finishedAt: new Date() },
      });
    }
    const created = await tx.allocationRun.create({
      data: { createdById: user.id, weightsId: weights.id, stats: { heartbeatAt: new Date().toISOString() } },
      select: { id: true },
    });
    await recordAuditEvent(
      {
        actorId: user.id,
        action: "allocation.start",
        entityType: "allocation_run",
        entityId: created.id,
        toStatus: "RUNNING",
        data: { weightsVersion: weights.version },
      },
      tx,
    );
    return created;
  });
  const candidatesFor: CandidateProvider =
    options.candidatesFor ?? ((needId, limit) => retrieveCandidates(db, needId, { limit, weights }));
  const execution = executeAllocationRun(run.id, weights, candidatesFor).finally(() => inFlight.delete(execution));
  inFlight.add(execution);
  return run;
}

export type AllocationRunSummary = {
  id: string;
  /** RUNNING, DONE, FAILED, or INTERRUPTED (RUNNING without progress for 5 minutes). */
  status: AllocationStatus | "INTERRUPTED";
  needCount: number;
  processed: number;
  totalScore: number | null;
  proposals: number;
  pending: number;
  accepted: number;
  weightsVersion: number | null;
  createdBy: string | null;
  createdAt: Date;
  finishedAt: Date | null;
  error: string | null;
  stats: Record<string, number> | null;
};

const RUN_SELECT = {
  id: true,
  status: true,
  needCount: true,
  processed: true,
  totalScore: true,
  stats: true,
  error: true,
  createdAt: true,
  finishedAt: true,
  weights: { select: { version: true } },
  createdBy: { select: { name: true } },
} as const;

type RunRow = {
  id: string;
  status: AllocationStatus;
  needCount: number;
  processed: number;
  totalScore: { toNumber(): number } | null;
  stats: unknown;
  error: string | null;
  createdAt: Date;
  finishedAt: Date | null;
  weights: { version: number } | null;
  createdBy: { name: string } | null;
};

function toSummary(run: RunRow, counts: Partial<Record<ProposalDecision, number>>): AllocationRunSummary {
  const { heartbeatAt: _beat, ...stats } = (run.stats ?? {}) as Record<string, number> & { heartbeatAt?: string };
  return {
    id: run.id,
    status: isInterrupted(run) ? "INTERRUPTED" : run.status,
    needCount: run.needCount,
    processed: run.processed,
    totalScore: run.totalScore?.toNumber() ?? null,
    proposals: (counts.PENDING ?? 0) + (counts.ACCEPTED ?? 0) + (counts.DISMISSED ?? 0),
    pending: counts.PENDING ?? 0,
    accepted: counts.ACCEPTED ?? 0,
    weightsVersion: run.weights?.version ?? null,
    createdBy: run.createdBy?.name ?? null,
    createdAt: run.createdAt,
    finishedAt: run.finishedAt,
    error: run.error,
    stats: Object.keys(stats).length > 0 ? stats : null,
  };
}

async function proposalCounts(runIds: string[]) {
  const groups = await db.allocationProposal.groupBy({
    by: ["runId", "decision"],
    where: { runId: { in: runIds } },
    _count: { _all: true },
  });
  const counts = new Map<string, Partial<Record<ProposalDecision, number>>>();
  for (const g of groups) counts.set(g.runId, { ...counts.get(g.runId), [g.decision]: g._count._all });
  return counts;
}

/** The latest allocation runs (newest first, at most `take`), for PMPTSP_OFFICER and ADMIN. */
export async function listRuns(user: SessionUser, take = 20): Promise<AllocationRunSummary[]> {
  assertAllocationRole(user);
  const runs = await db.allocationRun.findMany({
    orderBy: [{ createdAt: "desc" }, { id: "asc" }],
    take: Math.min(take, 100),
    select: RUN_SELECT,
  });
  const counts = await proposalCounts(runs.map((r) => r.id));
  return runs.map((run) => toSummary(run, counts.get(run.id) ?? {}));
}

export type ProposalView = {
  umkmId: string;
  businessName: string;
  regency: string;
  score: number;
  breakdown: ScoreBreakdown;
  decision: ProposalDecision;
  decidedBy: string | null;
  decidedAt: Date | null;
};
export type ProposalGroup = {
  needId: string;
  title: string;
  firm: string;
  slots: number;
  deliveryRegency: string;
  proposals: ProposalView[];
};
/** `documentNames`: names of the documents the proposals mention, by code (ID and EN). */
export type AllocationRunDetail = AllocationRunSummary & {
  groups: ProposalGroup[];
  documentNames: Record<string, { nameId: string; nameEn: string }>;
};

/**
 * One run with its proposals grouped by need (needs by title, UMKM best score first), each with
 * the score breakdown that explains it — its readiness words and missing documents from
 * today's readiness (withLiveReadiness), like every match card. NOT_FOUND for an unknown or
 * malformed id.
 */
export async function getRun(user: SessionUser, runId: string): Promise<AllocationRunDetail> {
  assertAllocationRole(user);
  const run = isUuid(runId) ? await db.allocationRun.findUnique({ where: { id: runId }, select: RUN_SELECT }) : null;
  if (!run) throw new AppError("NOT_FOUND");
  const rows = await db.allocationProposal.findMany({
    where: { runId },
    orderBy: [{ need: { title: "asc" } }, { needId: "asc" }, { score: "desc" }, { umkmId: "asc" }],
    select: {
      needId: true,
      umkmId: true,
      score: true,
      scoreBreakdown: true,
      decision: true,
      decidedAt: true,
      decidedBy: { select: { name: true } },
      need: {
        select: {
          title: true,
          slots: true,
          company: { select: { name: true } },
          deliveryRegency: { select: { name: true } },
        },
      },
      umkm: { select: { businessName: true, regency: { select: { name: true } } } },
    },
  });
  const { byPair, documents } = await loadReadiness(
    db,
    rows.map((row) => ({ needId: row.needId, umkmId: row.umkmId })),
  );
  const groups = new Map<string, ProposalGroup>();
  const counts: Partial<Record<ProposalDecision, number>> = {};
  for (const row of rows) {
    const stored = row.scoreBreakdown as unknown as ScoreBreakdown;
    const readiness = byPair.get(readinessPairKey(row.needId, row.umkmId));
    counts[row.decision] = (counts[row.decision] ?? 0) + 1;
    let group = groups.get(row.needId);
    if (!group) {
      group = {
        needId: row.needId,
        title: row.need.title,
        firm: row.need.company.name,
        slots: row.need.slots,
        deliveryRegency: row.need.deliveryRegency.name,
        proposals: [],
      };
      groups.set(row.needId, group);
    }
    group.proposals.push({
      umkmId: row.umkmId,
      businessName: row.umkm.businessName,
      regency: row.umkm.regency.name,
      score: row.score.toNumber(),
      breakdown: readiness ? withLiveReadiness(stored, readiness) : stored,
      decision: row.decision,
      decidedBy: row.decidedBy?.name ?? null,
      decidedAt: row.decidedAt,
    });
  }
  const documentNames = Object.fromEntries(
    Object.values(documents).map((d) => [d.code, { nameId: d.nameId, nameEn: d.nameEn }]),
  );
  return { ...toSummary(run, counts), groups: [...groups.values()], documentNames };
}
