import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { NotificationList } from "@/components/notifications/notification-list";
import { requirePageRoles } from "@/lib/auth";
import { countUnread, listMyNotifications } from "@/lib/dal/notifications";
import { toLocale } from "@/lib/i18n/config";
import { notificationText, safeNotificationLink, type NotificationTranslate } from "@/lib/notifications/render";
import { pageOrFirst } from "@/lib/pagination/cursor";
import { notificationCursorSchema } from "@/lib/validation/notifications";
import { markAllNotificationsReadAction, markNotificationReadAction } from "./actions";
import { formatDateTime } from "@/lib/format/dates";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("notifications"))("title") };
}

/** The signed-in user's own notifications (every role), rendered in the reader's language. */
export default async function NotificationsPage({
  searchParams,
}: {
  searchParams: Promise<{ cursor?: string | string[] }>;
}) {
  const user = await requirePageRoles("/notifications");
  const cursor = notificationCursorSchema.parse((await searchParams).cursor);
  const [t, tErrors, locale] = await Promise.all([
    getTranslations("notifications"),
    getTranslations("errors"),
    getLocale(),
  ]);
  // A cursor this list did not make (stale, edited): the newest page, and a notice.
  const { page, isCursorInvalid } = await pageOrFirst(cursor, (after) => listMyNotifications(user, { cursor: after }));
  const unread = await countUnread(user);
  const translate: NotificationTranslate = (key, values) => t(key as never, values as never);
  const items = page.rows.map((row) => ({
    id: row.id,
    text: notificationText(translate, toLocale(locale), row),
    href: safeNotificationLink(row.link),
    unread: row.readAt === null,
    createdAtIso: row.createdAt.toISOString(),
    createdAtLabel: formatDateTime(row.createdAt, locale),
  }));
  const shorten = (text: string) => (text.length > 80 ? `${text.slice(0, 79)}…` : text);
  return (
    <section className="max-w-3xl space-y-4">
      <h1 className="text-2xl font-semibold">{t("title")}</h1>
      <p className="text-slate-700">{t("intro")}</p>
      <div className="flex flex-wrap items-center justify-between gap-3">
        <p data-testid="unread-summary">{t("unreadSummary", { count: unread })}</p>
        {unread > 0 && (
          <form action={markAllNotificationsReadAction}>
            <button
              type="submit"
              className="min-h-11 rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800 focus:outline-2 focus:outline-offset-2 focus:outline-brand-700"
            >
              {t("markAllRead")}
            </button>
          </form>
        )}
      </div>
      {isCursorInvalid && (
        <p role="status" className="text-sm font-medium text-red-800">
          {tErrors("cursorReset")}
        </p>
      )}
      <NotificationList
        items={items}
        markReadAction={markNotificationReadAction}
        labels={{
          list: t("listLabel"),
          new: t("new"),
          empty: t("empty"),
          markReadShort: t("markRead"),
          markRead: (text) => t("markReadLabel", { text: shorten(text) }),
        }}
      />
      {(page.nextCursor || (cursor && !isCursorInvalid)) && (
        <nav aria-label={t("pagination")} className="flex flex-wrap gap-4">
          {cursor && !isCursorInvalid && (
            <Link className="underline" href="/notifications">
              {t("newest")}
            </Link>
          )}
          {page.nextCursor && (
            <Link className="underline" href={`/notifications?cursor=${page.nextCursor}`}>
              {t("older")}
            </Link>
          )}
        </nav>
      )}
    </section>
  );
}
