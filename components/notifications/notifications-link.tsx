import Link from "next/link";

/**
 * The header's link to /notifications with the unread count as a badge. The link's accessible
 * name carries the count ("Notifikasi, 3 belum dibaca"); the badge is hidden from screen
 * readers so the count is not read twice. A 44 px touch target for phones.
 */
export function NotificationsLink({ count, label, text }: { count: number; label: string; text: string }) {
  return (
    <Link
      href="/notifications"
      aria-label={label}
      className="inline-flex min-h-11 items-center gap-1.5 rounded px-2 text-sm underline hover:no-underline focus:outline-2 focus:outline-offset-2 focus:outline-white"
      data-testid="notifications-link"
    >
      <svg
        aria-hidden="true"
        viewBox="0 0 24 24"
        className="h-5 w-5 fill-none stroke-current"
        strokeWidth="2"
        strokeLinecap="round"
        strokeLinejoin="round"
      >
        <path d="M6 8a6 6 0 0 1 12 0c0 7 3 9 3 9H3s3-2 3-9" />
        <path d="M10.3 21a1.94 1.94 0 0 0 3.4 0" />
      </svg>
      {/* On a phone only the bell shows; the link's aria-label names it there too. */}
      <span className="sr-only sm:not-sr-only">{text}</span>
      {count > 0 && (
        <span
          aria-hidden="true"
          className="min-w-6 rounded-full bg-amber-300 px-1.5 text-center text-xs font-bold text-slate-900 no-underline"
          data-testid="unread-badge"
        >
          {count > 99 ? "99+" : count}
        </span>
      )}
    </Link>
  );
}
