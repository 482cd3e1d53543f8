import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { NeedStatus } from "@/lib/generated/prisma/enums";
import type { Actor } from "@/lib/actor";
import { db, type DbClient } from "@/lib/db";
import { isEditable, mayEditNeeds, mayTransition, publishBlocker } from "@/lib/domain/need-lifecycle";
import { AppError, fieldError } from "@/lib/errors";
import { KBLI_VERSION } from "@/lib/reference/kbli";
import { recordAuditEvent } from "@/lib/dal/audit";
import { resolveNeedReferences } from "@/lib/dal/needs/need-references";
import type { NeedInput } from "@/lib/validation/needs";
import { isUuid } from "@/lib/validation/ids";
import { fromIsoDate, toIsoDate } from "@/lib/dates";

/**
 * Which needs `actor` may change, as a where clause: officers and admins any firm's (on its
 * behalf), a firm's staff and its API tokens only their firm's; nobody else any. A need
 * outside it is reported NOT_FOUND, never FORBIDDEN, so ids of other firms' needs reveal nothing.
 */
export function needEditWhere(actor: Actor): Prisma.SupplyNeedWhereInput {
  if (!mayEditNeeds(actor.role)) throw new AppError("FORBIDDEN");
  if (actor.role !== "COMPANY_STAFF") return {};
  if (!actor.companyId) throw new AppError("FORBIDDEN");
  return { companyId: actor.companyId };
}

const STALE = "stale";

function contentOf(input: NeedInput) {
  return {
    title: input.title,
    description: input.description,
    deliveryRegencyCode: input.deliveryRegencyCode,
    quantity: input.quantity,
    unit: input.unit,
    frequency: input.frequency,
    estimatedValueRp: input.estimatedValueRp === null ? null : BigInt(input.estimatedValueRp),
    periodStart: fromIsoDate(input.periodStart),
    periodEnd: fromIsoDate(input.periodEnd),
    responseDeadline: fromIsoDate(input.responseDeadline),
    slots: input.slots,
    minScale: input.minScale,
    maxScale: input.maxScale,
  };
}

async function replaceLinks(tx: DbClient, needId: string, input: NeedInput, documentTypeIds: string[]) {
  await tx.supplyNeedKbli.deleteMany({ where: { needId } });
  await tx.supplyNeedDocument.deleteMany({ where: { needId } });
  await tx.supplyNeedKbli.createMany({
    data: input.kbliCodes.map((code) => ({ needId, kbliVersion: KBLI_VERSION, code })),
  });
  await tx.supplyNeedDocument.createMany({
    data: documentTypeIds.map((documentTypeId) => ({ needId, documentTypeId })),
  });
}

const via = (actor: Actor) => (actor.apiTokenId ? { via: "api", apiTokenId: actor.apiTokenId } : { via: "web" });

/**
 * Creates a DRAFT need. COMPANY_STAFF (and API tokens) always create for their own firm
 * (`companyId` is ignored); officers and admins must name the firm and the need is recorded
 * as made on its behalf. Audited as `need.create` in the same transaction.
 */
export async function createNeed(
  actor: Actor,
  companyId: string | null,
  input: NeedInput,
): Promise<{ id: string; version: number }> {
  needEditWhere(actor);
  return db.$transaction((tx) => createNeedIn(tx, actor, companyId, input));
}

/** `createNeed` inside the caller's transaction (the API's idempotent create adds its key row). */
export async function createNeedIn(
  tx: DbClient,
  actor: Actor,
  companyId: string | null,
  input: NeedInput,
): Promise<{ id: string; version: number }> {
  needEditWhere(actor);
  const firmId = actor.role === "COMPANY_STAFF" ? actor.companyId : companyId;
  const isOnBehalf = actor.role !== "COMPANY_STAFF";
  const firm = firmId
    ? await tx.company.findFirst({ where: { id: firmId, isActive: true }, select: { id: true } })
    : null;
  if (!firm) throw fieldError("INVALID_INPUT", "companyId", "firmRequired");
  const { documentTypeIds } = await resolveNeedReferences(tx, input);
  const need = await tx.supplyNeed.create({
    data: {
      ...contentOf(input),
      companyId: firm.id,
      status: "DRAFT",
      createdById: actor.id,
      recordedOnBehalf: isOnBehalf,
    },
    select: { id: true, version: true },
  });
  await replaceLinks(tx, need.id, input, documentTypeIds);
  await recordAuditEvent(
    {
      actorId: actor.id,
      action: "need.create",
      entityType: "supply_need",
      entityId: need.id,
      toStatus: "DRAFT",
      data: { recordedOnBehalf: isOnBehalf, companyId: firm.id, ...via(actor) },
    },
    tx,
  );
  return need;
}

/** The need as the actor may change it, or NOT_FOUND; checks the version before anything else. */
async function lockableNeed(tx: DbClient, actor: Actor, id: string) {
  if (!isUuid(id)) throw new AppError("NOT_FOUND");
  const need = await tx.supplyNeed.findFirst({
    where: { AND: [{ id }, needEditWhere(actor)] },
    select: { id: true, status: true, version: true, companyId: true, responseDeadline: true, publishedAt: true },
  });
  if (!need) throw new AppError("NOT_FOUND");
  return need;
}

/**
 * Replaces a need's content if it is still at `expectedVersion` (optimistic concurrency: the
 * UPDATE is conditional on the version, so of two concurrent editors exactly one wins and the
 * other gets CONFLICT "stale" with nothing overwritten). Only DRAFT and OPEN needs are editable.
 */
export async function updateNeed(
  actor: Actor,
  id: string,
  input: NeedInput,
  expectedVersion: number,
): Promise<{ version: number }> {
  return db.$transaction(async (tx) => {
    const need = await lockableNeed(tx, actor, id);
    if (need.version !== expectedVersion) throw new AppError("CONFLICT", STALE);
    if (!isEditable(need.status)) throw new AppError("CONFLICT", "notEditable");
    const { documentTypeIds } = await resolveNeedReferences(tx, input);
    const { count } = await tx.supplyNeed.updateMany({
      where: { id, version: expectedVersion },
      data: { ...contentOf(input), version: { increment: 1 } },
    });
    if (count !== 1) throw new AppError("CONFLICT", STALE);
    await replaceLinks(tx, id, input, documentTypeIds);
    await recordAuditEvent(
      {
        actorId: actor.id,
        action: "need.update",
        entityType: "supply_need",
        entityId: id,
        data: { recordedOnBehalf: actor.role !== "COMPANY_STAFF", ...via(actor) },
      },
      tx,
    );
    return { version: expectedVersion + 1 };
  });
}

/**
 * Moves a need along its lifecycle (lib/domain/need-lifecycle.ts) if `actor` may make that
 * move and the need is still at `expectedVersion`; the audit event (from, to, reason, actor)
 * commits with the change. Publishing stamps publishedAt; final states stamp closedAt.
 */
export async function transitionNeed(
  actor: Actor,
  id: string,
  to: NeedStatus,
  reason: string,
  expectedVersion: number,
): Promise<{ status: NeedStatus; version: number }> {
  return db.$transaction(async (tx) => {
    const need = await lockableNeed(tx, actor, id);
    if (need.version !== expectedVersion) throw new AppError("CONFLICT", STALE);
    if (!mayTransition(actor.role, need.status, to)) {
      throw fieldError("CONFLICT", "to", "transitionNotAllowed");
    }
    if (to === "OPEN" && need.status === "DRAFT" && publishBlocker(toIsoDate(need.responseDeadline))) {
      throw fieldError("INVALID_INPUT", "responseDeadline", "deadlinePassed");
    }
    const now = new Date();
    const isFinal = to === "FILLED" || to === "CLOSED" || to === "CANCELLED";
    const { count } = await tx.supplyNeed.updateMany({
      where: { id, version: expectedVersion, status: need.status },
      data: {
        status: to,
        version: { increment: 1 },
        ...(to === "OPEN" && !need.publishedAt ? { publishedAt: now } : {}),
        ...(isFinal ? { closedAt: now } : {}),
      },
    });
    if (count !== 1) throw new AppError("CONFLICT", STALE);
    await recordAuditEvent(
      {
        actorId: actor.id,
        action: "need.transition",
        entityType: "supply_need",
        entityId: id,
        fromStatus: need.status,
        toStatus: to,
        reason: reason || undefined,
        data: { recordedOnBehalf: actor.role !== "COMPANY_STAFF", ...via(actor) },
      },
      tx,
    );
    return { status: to, version: expectedVersion + 1 };
  });
}
