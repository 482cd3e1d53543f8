import "server-only";
import { db } from "@/lib/db";
import { recordAuditEvent } from "@/lib/dal/audit";
import { AppError, fieldError } from "@/lib/errors";
import type { MatchingWeightsValue } from "@/lib/matching/types";
import { matchingWeightsSchema } from "@/lib/matching/weights";
import type { SessionUser } from "@/lib/session-user";
import { isUuid } from "@/lib/validation/ids";

/** Serialises weights writes (new version numbers, activation) across connections. */
const WEIGHTS_LOCK = 7_707_002;

export type WeightsVersionView = {
  id: string;
  version: number;
  weights: MatchingWeightsValue;
  note: string | null;
  isActive: boolean;
  createdBy: string | null;
  createdAt: Date;
  /** Suggestions and allocation runs scored with this version. */
  matches: number;
  runs: number;
};

function assertAdmin(user: SessionUser): void {
  if (user.role !== "ADMIN") throw new AppError("FORBIDDEN");
}

/** Every weights version, newest first, the active one marked (ADMIN). */
export async function listWeightVersions(user: SessionUser): Promise<WeightsVersionView[]> {
  assertAdmin(user);
  const rows = await db.matchingWeights.findMany({
    orderBy: { version: "desc" },
    select: {
      id: true,
      version: true,
      weights: true,
      note: true,
      isActive: true,
      createdAt: true,
      createdBy: { select: { name: true } },
      _count: { select: { matches: true, allocationRuns: true } },
    },
  });
  return rows.map(({ createdBy, _count, weights, ...row }) => ({
    ...row,
    weights: weights as MatchingWeightsValue,
    createdBy: createdBy?.name ?? null,
    matches: _count.matches,
    runs: _count.allocationRuns,
  }));
}

/**
 * Saves a new weights version (ADMIN), numbered after the highest, inactive until activated.
 * Versions are never edited: a suggestion keeps the version it was scored with. The weights
 * must be 7 shares in [0, 1] summing to 1 (INVALID_INPUT otherwise).
 */
export async function createWeightsVersion(
  user: SessionUser,
  input: { weights: MatchingWeightsValue; note: string | null },
): Promise<{ id: string; version: number }> {
  assertAdmin(user);
  const parsed = matchingWeightsSchema.safeParse(input.weights);
  if (!parsed.success) throw fieldError("INVALID_INPUT", "sum", "sum");
  const note = input.note?.trim().slice(0, 500) || null;
  return db.$transaction(async (tx) => {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(${WEIGHTS_LOCK})`;
    const last = await tx.matchingWeights.findFirst({ orderBy: { version: "desc" }, select: { version: true } });
    const created = await tx.matchingWeights.create({
      data: { version: (last?.version ?? 0) + 1, weights: parsed.data, note, createdById: user.id },
      select: { id: true, version: true },
    });
    await recordAuditEvent(
      {
        actorId: user.id,
        action: "matching_weights.create",
        entityType: "matching_weights",
        entityId: created.id,
        data: { version: created.version, weights: parsed.data },
      },
      tx,
    );
    return created;
  });
}

/**
 * Makes version `id` the active one (ADMIN): every other version is deactivated in the same
 * transaction, so exactly one is active afterwards, and the change is audited. Activating the
 * active version changes nothing.
 */
export async function activateWeightsVersion(user: SessionUser, id: string): Promise<{ version: number }> {
  assertAdmin(user);
  if (!isUuid(id)) throw new AppError("NOT_FOUND");
  return db.$transaction(async (tx) => {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(${WEIGHTS_LOCK})`;
    const target = await tx.matchingWeights.findUnique({
      where: { id },
      select: { version: true, isActive: true, weights: true },
    });
    if (!target) throw new AppError("NOT_FOUND");
    // A version stored before validation existed must not become active with bad weights.
    if (!matchingWeightsSchema.safeParse(target.weights).success) throw new AppError("INVALID_INPUT", "sum");
    const previous = await tx.matchingWeights.findMany({ where: { isActive: true }, select: { version: true } });
    if (target.isActive && previous.length === 1) return { version: target.version };
    await tx.matchingWeights.updateMany({ where: { isActive: true, NOT: { id } }, data: { isActive: false } });
    await tx.matchingWeights.update({ where: { id }, data: { isActive: true } });
    await recordAuditEvent(
      {
        actorId: user.id,
        action: "matching_weights.activate",
        entityType: "matching_weights",
        entityId: id,
        data: { version: target.version, previousVersions: previous.map((p) => p.version) },
      },
      tx,
    );
    return { version: target.version };
  });
}
