import "server-only";
import { db, type DbClient } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { instantIdCursor } from "@/lib/pagination/cursor";
import type { Role } from "@/lib/generated/prisma/enums";
import type { NotificationKind, NotificationParams } from "@/lib/notifications/kinds";
import { safeNotificationLink } from "@/lib/notifications/render";
import type { SessionUser } from "@/lib/session-user";
import { isUuid } from "@/lib/validation/ids";

export type NotifyInput<K extends NotificationKind = NotificationKind> = {
  userIds: readonly string[];
  kind: K;
  params: NotificationParams<K>;
  /** A path inside the portal ("/needs/<id>"); anything else is refused (INVALID_INPUT). */
  link?: string | null;
  /** Makes the notification idempotent per user: a second call with the same key inserts nothing. */
  dedupeKey?: string | null;
};

/**
 * Inserts one notification per user (duplicates in `userIds` count once; disabled or unknown
 * users are skipped) and returns the ids of the users actually notified. With a `dedupeKey` the
 * insert is `ON CONFLICT (user_id, dedupe_key) DO NOTHING`, so calling it again — a re-run job,
 * a retried action — notifies nobody twice. Pass the transaction client to make the
 * notification part of a transition: it then commits or rolls back with it. Email is separate
 * (`emailNotifications` in lib/notifications/email.ts), sent after the commit.
 */
export async function notifyUsers<K extends NotificationKind>(
  client: DbClient,
  input: NotifyInput<K>,
): Promise<string[]> {
  const userIds = [...new Set(input.userIds)].filter((id) => isUuid(id));
  if (userIds.length === 0) return [];
  const link = input.link ?? null;
  if (link !== null && safeNotificationLink(link) === null)
    throw new AppError("INVALID_INPUT", "notificationLinkInvalid");
  const rows = await client.$queryRaw<{ user_id: string }[]>`
    INSERT INTO notifications (user_id, kind, params, link, dedupe_key)
    SELECT u.id, ${input.kind}, ${JSON.stringify(input.params)}::jsonb, ${link}, ${input.dedupeKey ?? null}
    FROM users u
    WHERE u.id = ANY(${userIds}::uuid[]) AND u.is_active
    ON CONFLICT (user_id, dedupe_key) DO NOTHING
    RETURNING user_id::text`;
  return rows.map((row) => row.user_id);
}

async function activeUserIds(
  client: DbClient,
  where: { role?: { in: Role[] } | Role; companyId?: string; umkmId?: string },
): Promise<string[]> {
  const rows = await client.user.findMany({
    where: { ...where, isActive: true },
    select: { id: true },
    orderBy: { id: "asc" },
  });
  return rows.map((row) => row.id);
}

/** The active staff accounts of firm `companyId` (COMPANY_STAFF). */
export function recipientsOfCompany(client: DbClient, companyId: string): Promise<string[]> {
  return isUuid(companyId) ? activeUserIds(client, { role: "COMPANY_STAFF", companyId }) : Promise.resolve([]);
}

/** The active owner accounts of UMKM `umkmId` (UMKM_OWNER). */
export function recipientsOfUmkm(client: DbClient, umkmId: string): Promise<string[]> {
  return isUuid(umkmId) ? activeUserIds(client, { role: "UMKM_OWNER", umkmId }) : Promise.resolve([]);
}

/** Every active user holding one of `roles` (e.g. all PMPTSP officers). */
export function recipientsByRole(client: DbClient, roles: readonly Role[]): Promise<string[]> {
  return roles.length === 0 ? Promise.resolve([]) : activeUserIds(client, { role: { in: [...roles] } });
}

export type NotificationView = {
  id: string;
  kind: string;
  params: unknown;
  link: string | null;
  readAt: Date | null;
  createdAt: Date;
};

export type NotificationPage = { rows: NotificationView[]; nextCursor: string | null };

export const NOTIFICATION_PAGE_SIZE = 20;

/**
 * The signed-in user's own notifications, newest first, 20 per page (keyset on createdAt, id:
 * `cursor` is the previous page's `nextCursor`; one it did not make is INVALID_INPUT
 * `cursorInvalid`). Nobody ever reads another user's rows.
 */
export async function listMyNotifications(
  user: SessionUser,
  { cursor }: { cursor?: string | null } = {},
): Promise<NotificationPage> {
  const after = instantIdCursor.parse(cursor);
  const keyset = after
    ? { OR: [{ createdAt: { lt: new Date(after.t) } }, { createdAt: new Date(after.t), id: { lt: after.id } }] }
    : {};
  const rows = await db.notification.findMany({
    where: { AND: [{ userId: user.id }, keyset] },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: NOTIFICATION_PAGE_SIZE + 1,
    select: { id: true, kind: true, params: true, link: true, readAt: true, createdAt: true },
  });
  const page = rows.slice(0, NOTIFICATION_PAGE_SIZE);
  const last = page.at(-1);
  return {
    rows: page,
    nextCursor:
      rows.length > NOTIFICATION_PAGE_SIZE && last
        ? instantIdCursor.encode({ t: last.createdAt.toISOString(), id: last.id })
        : null,
  };
}

/** How many of the signed-in user's own notifications are unread (the header badge). */
export function countUnread(user: SessionUser): Promise<number> {
  return db.notification.count({ where: { userId: user.id, readAt: null } });
}

/**
 * Marks the signed-in user's own notifications `ids` (or "all" of them) as read and returns how
 * many changed. Ids of other users' notifications match nothing: they are never touched.
 */
export async function markRead(user: SessionUser, ids: readonly string[] | "all"): Promise<number> {
  const only = ids === "all" ? null : ids.filter((id) => isUuid(id));
  if (only?.length === 0) return 0;
  const { count } = await db.notification.updateMany({
    where: { userId: user.id, readAt: null, ...(only ? { id: { in: only } } : {}) },
    data: { readAt: new Date() },
  });
  return count;
}

export type MailReader = { id: string; email: string; name: string; locale: string };

/** The active users among `userIds` with what a mail to them needs (address, name, language), by id (lib/notifications/email.ts). */
export function loadMailReaders(userIds: readonly string[]): Promise<MailReader[]> {
  return db.user.findMany({
    where: { id: { in: [...new Set(userIds)] }, isActive: true },
    select: { id: true, email: true, name: true, locale: true },
    orderBy: { id: "asc" },
  });
}
