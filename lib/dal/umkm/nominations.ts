import "server-only";
import { hasRole, NOMINATION_DECIDERS, NOMINATION_ROLES } from "@/lib/access/roles";
import { db } from "@/lib/db";
import { listEntityHistory, recordAuditEvent } from "@/lib/dal/audit";
import { AppError } from "@/lib/errors";
import type { NominationStatus } from "@/lib/generated/prisma/enums";
import { cursorCodec, cursorField, instantIdCursor } from "@/lib/pagination/cursor";
import type { SessionUser } from "@/lib/session-user";
import type { NominationDecision, NominationInput, NominationListFilter } from "@/lib/validation/nomination";
import { isUuid } from "@/lib/validation/ids";
import { z } from "zod";

/** `nominations.conflict` in the UI: changed by someone else, already decided, or already waiting. */
const STALE = "conflict";

export type NominationView = {
  id: string;
  umkmId: string;
  businessName: string;
  status: NominationStatus;
  reason: string;
  readinessNotes: string | null;
  targetKbli: string[];
  nominatedById: string | null;
  nominatedBy: string | null;
  decidedBy: string | null;
  decidedAt: Date | null;
  decisionReason: string | null;
  version: number;
  createdAt: Date;
};

/** Offices see every nomination, an UMKM_OWNER its own UMKM's, nobody else any (not found). */
function visibleWhere(user: SessionUser) {
  if (hasRole(user, NOMINATION_ROLES)) return {};
  if (user.role === "UMKM_OWNER" && user.umkmId) return { umkmId: user.umkmId };
  return null;
}

const SELECT = {
  id: true,
  umkmId: true,
  status: true,
  reason: true,
  readinessNotes: true,
  targetKbli: true,
  nominatedById: true,
  decidedAt: true,
  decisionReason: true,
  version: true,
  createdAt: true,
  umkm: { select: { businessName: true } },
  nominatedBy: { select: { name: true } },
  decidedBy: { select: { name: true } },
} as const;

type Row = {
  umkm: { businessName: string };
  nominatedBy: { name: string } | null;
  decidedBy: { name: string } | null;
} & Omit<NominationView, "businessName" | "nominatedBy" | "decidedBy">;
const toView = ({ umkm, nominatedBy, decidedBy, ...row }: Row): NominationView => ({
  ...row,
  businessName: umkm.businessName,
  nominatedBy: nominatedBy?.name ?? null,
  decidedBy: decidedBy?.name ?? null,
});

/** Nominations with `status` (all when omitted), newest first, at most `take`. */
export async function listNominations(
  user: SessionUser,
  filter: { status?: NominationStatus; umkmId?: string; take?: number } = {},
): Promise<NominationView[]> {
  const scope = visibleWhere(user);
  if (!scope) throw new AppError("FORBIDDEN");
  const rows = await db.nomination.findMany({
    where: {
      AND: [scope, filter.status ? { status: filter.status } : {}, filter.umkmId ? { umkmId: filter.umkmId } : {}],
    },
    orderBy: [{ createdAt: "desc" }, { id: "asc" }],
    take: Math.min(filter.take ?? 100, 500),
    select: SELECT,
  });
  return rows.map(toView);
}

export const NOMINATION_PAGE_SIZE = 50;

/** Oldest-first cursors carry `asc`, so a cursor of one order is refused in the other. */
const oldestFirstCursor = cursorCodec(z.object({ asc: z.literal(true), t: cursorField.instant, id: cursorField.id }));

/**
 * The nominations list page by page (keyset on (created_at, id), ties by id): `filter.sort`
 * "date-desc" (default, newest first) or "date-asc"; `filter.status` one tab. Same visibility as
 * `listNominations`. A cursor this list (in this order) did not make is INVALID_INPUT `cursorInvalid`.
 */
export async function listNominationPage(
  user: SessionUser,
  filter: Pick<NominationListFilter, "status" | "sort" | "cursor">,
  pageSize: number = NOMINATION_PAGE_SIZE,
): Promise<{ items: NominationView[]; nextCursor: string | null }> {
  const scope = visibleWhere(user);
  if (!scope) throw new AppError("FORBIDDEN");
  const isOldestFirst = filter.sort === "date-asc";
  const cursor = isOldestFirst ? oldestFirstCursor.parse(filter.cursor) : instantIdCursor.parse(filter.cursor);
  const dir = isOldestFirst ? "asc" : "desc";
  const beyond = <T>(value: T) => (isOldestFirst ? { gt: value } : { lt: value });
  const rows = await db.nomination.findMany({
    where: {
      AND: [
        scope,
        filter.status ? { status: filter.status } : {},
        cursor
          ? {
              OR: [{ createdAt: beyond(new Date(cursor.t)) }, { createdAt: new Date(cursor.t), id: beyond(cursor.id) }],
            }
          : {},
      ],
    },
    orderBy: [{ createdAt: dir }, { id: dir }],
    take: pageSize + 1,
    select: SELECT,
  });
  const page = rows.slice(0, pageSize);
  const last = page.at(-1);
  const key = last && { t: last.createdAt.toISOString(), id: last.id };
  return {
    items: page.map(toView),
    nextCursor:
      rows.length > pageSize && key
        ? isOldestFirst
          ? oldestFirstCursor.encode({ asc: true, ...key })
          : instantIdCursor.encode(key)
        : null,
  };
}

/** One nomination visible to `user`; NOT_FOUND otherwise. */
export async function getNomination(user: SessionUser, id: string): Promise<NominationView> {
  const scope = isUuid(id) ? visibleWhere(user) : null;
  const row = scope && (await db.nomination.findFirst({ where: { AND: [{ id }, scope] }, select: SELECT }));
  if (!row) throw new AppError("NOT_FOUND");
  return toView(row);
}

/** Status history of a nomination from its audit events (who, when, from → to, reason). */
export async function getNominationHistory(user: SessionUser, id: string) {
  await getNomination(user, id);
  return listEntityHistory("nomination", id);
}

/**
 * DISKOP_STAFF nominates an UMKM to "naik kelas" (PROPOSED), with reason, readiness notes and
 * target KBLI sectors. One open (PROPOSED) nomination per UMKM at a time → CONFLICT.
 */
export async function nominateUmkm(user: SessionUser, input: NominationInput): Promise<{ id: string }> {
  if (user.role !== "DISKOP_STAFF") throw new AppError("FORBIDDEN");
  return db.$transaction(async (tx) => {
    const umkm = await tx.umkm.findUnique({ where: { id: input.umkmId }, select: { id: true } });
    if (!umkm) throw new AppError("NOT_FOUND");
    const open = await tx.nomination.findFirst({
      where: { umkmId: input.umkmId, status: "PROPOSED" },
      select: { id: true },
    });
    if (open) throw new AppError("CONFLICT", STALE);
    const created = await tx.nomination.create({
      data: {
        umkmId: input.umkmId,
        reason: input.reason,
        readinessNotes: input.readinessNotes ?? null,
        targetKbli: input.targetKbli,
        nominatedById: user.id,
      },
      select: { id: true },
    });
    await recordAuditEvent(
      {
        actorId: user.id,
        action: "nomination.propose",
        entityType: "nomination",
        entityId: created.id,
        toStatus: "PROPOSED",
        reason: input.reason,
      },
      tx,
    );
    return created;
  });
}

/**
 * Moves a PROPOSED nomination to `to` if its version is still `expectedVersion`:
 * VERIFIED/REJECTED by PMPTSP_OFFICER or ADMIN (reason required for a rejection),
 * WITHDRAWN by the DISKOP_STAFF who nominated it. Anything else is FORBIDDEN; a stale
 * version or a nomination no longer PROPOSED is CONFLICT; nothing is written then.
 */
export async function decideNomination(
  user: SessionUser,
  id: string,
  decision: NominationDecision,
): Promise<{ version: number }> {
  const nomination = await getNomination(user, id);
  const isWithdraw = decision.to === "WITHDRAWN";
  const allowed = isWithdraw
    ? user.role === "DISKOP_STAFF" && nomination.nominatedById === user.id
    : hasRole(user, NOMINATION_DECIDERS);
  if (!allowed) throw new AppError("FORBIDDEN");
  return db.$transaction(async (tx) => {
    const { count } = await tx.nomination.updateMany({
      where: { id, version: decision.expectedVersion, status: "PROPOSED" },
      data: {
        status: decision.to,
        version: { increment: 1 },
        decisionReason: decision.reason ?? null,
        ...(isWithdraw ? {} : { decidedById: user.id, decidedAt: new Date() }),
      },
    });
    if (count === 0) throw new AppError("CONFLICT", STALE);
    await recordAuditEvent(
      {
        actorId: user.id,
        action: `nomination.${decision.to.toLowerCase()}`,
        entityType: "nomination",
        entityId: id,
        fromStatus: "PROPOSED",
        toStatus: decision.to,
        reason: decision.reason,
      },
      tx,
    );
    return { version: decision.expectedVersion + 1 };
  });
}
