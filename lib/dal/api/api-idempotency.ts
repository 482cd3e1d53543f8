import "server-only";
import type { Actor } from "@/lib/actor";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { createNeedIn } from "@/lib/dal/needs/need-writes";
import type { NeedInput } from "@/lib/validation/needs";

/** How long an Idempotency-Key is remembered after the request that used it first. */
export const IDEMPOTENCY_KEY_TTL_HOURS = 24;

export type IdempotentCreate = { outcome: "created" | "replayed"; id: string } | { outcome: "keyReused" };

/**
 * POST /api/v1/needs with an Idempotency-Key, in ONE transaction: claim the key for the
 * token's firm, create the need, record its id on the key. The claim is
 * `INSERT … ON CONFLICT DO NOTHING` on the unique (company_id, key): a concurrent request with
 * the same key waits there until the first commits (then finds the key and replays its need)
 * or rolls back (then creates it itself), so one key never makes two needs. A key whose first
 * request had another body (`requestHash`) is `keyReused`; keys expire after 24 hours and the
 * firm's expired keys are removed here. Only a firm's actor (API token) may use this.
 */
export async function createNeedIdempotently(
  actor: Actor,
  input: NeedInput,
  key: string,
  requestHash: string,
): Promise<IdempotentCreate> {
  if (actor.role !== "COMPANY_STAFF" || !actor.companyId) throw new AppError("FORBIDDEN");
  const companyId = actor.companyId;
  return db.$transaction(async (tx) => {
    const now = new Date();
    await tx.apiIdempotencyKey.deleteMany({ where: { companyId, expiresAt: { lte: now } } });
    const expiresAt = new Date(now.getTime() + IDEMPOTENCY_KEY_TTL_HOURS * 3_600_000);
    const { count } = await tx.apiIdempotencyKey.createMany({
      data: [{ companyId, key, requestHash, expiresAt }],
      skipDuplicates: true,
    });
    if (count === 0) {
      const first = await tx.apiIdempotencyKey.findUniqueOrThrow({
        where: { companyId_key: { companyId, key } },
        select: { requestHash: true, needId: true },
      });
      if (first.requestHash !== requestHash) return { outcome: "keyReused" };
      // The need is gone only if it was deleted; the key then has nothing to answer with.
      if (!first.needId) throw new AppError("NOT_FOUND");
      return { outcome: "replayed", id: first.needId };
    }
    const need = await createNeedIn(tx, actor, null, input);
    await tx.apiIdempotencyKey.update({ where: { companyId_key: { companyId, key } }, data: { needId: need.id } });
    return { outcome: "created", id: need.id };
  });
}
