import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { db, type DbClient } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { instantIdCursor } from "@/lib/pagination/cursor";
import { type AuditFilters } from "@/lib/audit/filters";
import type { SessionUser } from "@/lib/session-user";
import { wibDayEnd, wibDayStart } from "@/lib/dates";

export type AuditInput = {
  actorId?: string | null;
  action: string;
  entityType?: string;
  entityId?: string;
  fromStatus?: string;
  toStatus?: string;
  reason?: string;
  ip?: string | null;
  data?: Prisma.InputJsonValue;
};

/**
 * Appends one audit event. Pass the transaction client when the audited change is part of a
 * transaction, so the event and the change commit or roll back together.
 */
/** One status change of an entity, as its history lists show it (who, when, from → to, reason). */
export type EntityHistoryEntry = {
  id: string;
  action: string;
  fromStatus: string | null;
  toStatus: string | null;
  reason: string | null;
  createdAt: Date;
  actorName: string | null;
};

/**
 * The history of one entity from its audit events, oldest first. No access check: callers load
 * the entity through its own visibility rule first (a match, a nomination, an assistance case).
 */
export async function listEntityHistory(entityType: string, entityId: string): Promise<EntityHistoryEntry[]> {
  const rows = await db.auditEvent.findMany({
    where: { entityType, entityId },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: {
      id: true,
      action: true,
      fromStatus: true,
      toStatus: true,
      reason: true,
      createdAt: true,
      actor: { select: { name: true } },
    },
  });
  return rows.map(({ actor, ...event }) => ({ ...event, actorName: actor?.name ?? null }));
}

export async function recordAuditEvent(event: AuditInput, client: DbClient = db): Promise<void> {
  await client.auditEvent.create({ data: { ...event, ip: event.ip ?? null } });
}

export type AuditEventRow = {
  id: string;
  createdAt: Date;
  action: string;
  actorName: string | null;
  actorEmail: string | null;
  /** The email typed at a sign-in attempt (no actor when the account does not exist). */
  attemptedEmail: string | null;
  entityType: string | null;
  entityId: string | null;
  fromStatus: string | null;
  toStatus: string | null;
  reason: string | null;
  ip: string | null;
};

export type AuditPage = { rows: AuditEventRow[]; nextCursor: string | null };

export const AUDIT_PAGE_SIZE = 50;

function auditWhere(filters: AuditFilters): Prisma.AuditEventWhereInput[] {
  const where: Prisma.AuditEventWhereInput[] = [];
  if (filters.action) where.push({ action: filters.action });
  if (filters.entityType) where.push({ entityType: filters.entityType });
  if (filters.entityId) where.push({ entityId: filters.entityId });
  if (filters.from) where.push({ createdAt: { gte: wibDayStart(filters.from) } });
  if (filters.to) where.push({ createdAt: { lt: wibDayEnd(filters.to) } });
  if (filters.actor) {
    // Emails are stored lower-case; failed sign-ins of unknown emails have no actor but keep
    // the typed email in `data`, and an admin looking for "who tried x@y" wants those too.
    const email = filters.actor.toLowerCase();
    where.push({
      OR: [{ actor: { email: { contains: email } } }, { data: { path: ["email"], string_contains: email } }],
    });
  }
  return where;
}

/**
 * One page of the audit log for ADMIN, newest first, filtered by action, actor email, entity
 * and WIB date range. Keyset pagination on (createdAt desc, id desc): `cursor` is the
 * previous page's `nextCursor` (one it did not make: INVALID_INPUT `cursorInvalid`). Any other
 * role gets FORBIDDEN.
 */
export async function listAuditEvents(
  actor: SessionUser,
  filters: AuditFilters,
  cursor?: string | null,
): Promise<AuditPage> {
  if (actor.role !== "ADMIN") throw new AppError("FORBIDDEN");
  const where = auditWhere(filters);
  const after = instantIdCursor.parse(cursor);
  if (after) {
    const t = new Date(after.t);
    where.push({ OR: [{ createdAt: { lt: t } }, { createdAt: t, id: { lt: after.id } }] });
  }
  const events = await db.auditEvent.findMany({
    where: { AND: where },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: AUDIT_PAGE_SIZE + 1,
    select: {
      id: true,
      createdAt: true,
      action: true,
      entityType: true,
      entityId: true,
      fromStatus: true,
      toStatus: true,
      reason: true,
      ip: true,
      data: true,
      actor: { select: { name: true, email: true } },
    },
  });
  const page = events.slice(0, AUDIT_PAGE_SIZE);
  const rows = page.map(({ actor: who, data, ...event }) => {
    const typed = data && typeof data === "object" && !Array.isArray(data) ? data.email : undefined;
    return {
      ...event,
      actorName: who?.name ?? null,
      actorEmail: who?.email ?? null,
      attemptedEmail: typeof typed === "string" ? typed : null,
    };
  });
  const last = page.at(-1);
  return {
    rows,
    nextCursor:
      events.length > AUDIT_PAGE_SIZE && last
        ? instantIdCursor.encode({ t: last.createdAt.toISOString(), id: last.id })
        : null,
  };
}
