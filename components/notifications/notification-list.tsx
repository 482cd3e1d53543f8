import Link from "next/link";

export type NotificationItem = {
  id: string;
  /** Already rendered in the reader's language. */
  text: string;
  href: string | null;
  unread: boolean;
  createdAtIso: string;
  createdAtLabel: string;
};

type Labels = { list: string; new: string; markRead: (text: string) => string; markReadShort: string; empty: string };

/**
 * The reader's notifications as a list (newest first): unread ones marked "new" in text, not
 * by colour alone; each with its link and a "mark as read" button (a plain form: works
 * without JavaScript). Stacks on a phone.
 */
export function NotificationList({
  items,
  labels,
  markReadAction,
}: {
  items: NotificationItem[];
  labels: Labels;
  markReadAction: (form: FormData) => Promise<void>;
}) {
  if (items.length === 0)
    return <p className="rounded border border-dashed border-slate-300 bg-white p-6 text-slate-600">{labels.empty}</p>;
  return (
    <ol
      aria-label={labels.list}
      className="divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white"
      data-testid="notification-list"
    >
      {items.map((item) => (
        <li
          key={item.id}
          className={`flex flex-col gap-2 p-4 sm:flex-row sm:items-start sm:justify-between ${item.unread ? "border-l-4 border-l-brand-700 bg-brand-50/40" : ""}`}
          data-testid="notification"
          data-unread={item.unread ? "true" : "false"}
        >
          <div className="space-y-1">
            <p className={item.unread ? "font-semibold" : undefined}>
              {item.unread && (
                <span className="mr-2 rounded bg-brand-700 px-1.5 py-0.5 text-xs font-semibold text-white">
                  {labels.new}
                </span>
              )}
              {item.href ? (
                <Link href={item.href} className="text-brand-800 underline hover:no-underline">
                  {item.text}
                </Link>
              ) : (
                item.text
              )}
            </p>
            <p className="text-sm text-slate-600">
              <time dateTime={item.createdAtIso}>{item.createdAtLabel}</time>
            </p>
          </div>
          {item.unread && (
            <form action={markReadAction} className="shrink-0">
              <input type="hidden" name="notificationId" value={item.id} />
              <button
                type="submit"
                aria-label={labels.markRead(item.text)}
                className="min-h-11 rounded border border-slate-400 px-3 py-2 text-sm hover:bg-slate-100 focus:outline-2 focus:outline-offset-2 focus:outline-brand-700"
              >
                {labels.markReadShort}
              </button>
            </form>
          )}
        </li>
      ))}
    </ol>
  );
}
