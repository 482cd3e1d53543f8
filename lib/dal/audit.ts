import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { db, type DbClient } from "@/lib/db";

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
export async function recordAuditEvent(event: AuditInput, client: DbClient = db): Promise<void> {
  await client.auditEvent.create({ data: { ...event, ip: event.ip ?? null } });
}
