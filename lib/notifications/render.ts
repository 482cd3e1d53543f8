import type { Locale } from "@/lib/i18n/config";
import { DATE_PARAMS, isNotificationKind } from "@/lib/notifications/kinds";
import { safePortalPath } from "@/lib/http/safe-path";
import { formatDate } from "@/lib/format/dates";

/** A translator bound to the "notifications" namespace (next-intl's `getTranslations("notifications")` or `createTranslator`). */
export type NotificationTranslate = (key: string, values?: Record<string, string | number>) => string;

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * The ICU values for one stored notification in `locale`: only string/number parameters, an
 * `xEn` twin replaces `x` for English readers, and `YYYY-MM-DD` dates read dd/mm/yyyy in every
 * locale (lib/format/dates.ts; calendar dates: no time-zone shift).
 */
export function notificationValues(locale: Locale, params: unknown): Record<string, string | number> {
  const raw =
    typeof params === "object" && params !== null && !Array.isArray(params) ? (params as Record<string, unknown>) : {};
  const values: Record<string, string | number> = {};
  for (const [key, value] of Object.entries(raw)) {
    if (typeof value !== "string" && typeof value !== "number") continue;
    if (key.endsWith("En") && key.length > 2) continue;
    const twin = raw[`${key}En`];
    values[key] = locale === "en" && typeof twin === "string" && twin.trim() !== "" ? twin : value;
  }
  for (const key of DATE_PARAMS) {
    const value = values[key];
    if (typeof value === "string" && ISO_DATE.test(value)) {
      values[key] = formatDate(value);
    }
  }
  return values;
}

/** The text of a stored notification in the reader's language; an unknown kind reads as a generic "Notification". */
export function notificationText(
  t: NotificationTranslate,
  locale: Locale,
  notification: { kind: string; params: unknown },
): string {
  if (!isNotificationKind(notification.kind)) return t("unknown");
  return t(`kinds.${notification.kind}`, notificationValues(locale, notification.params));
}

/**
 * `link` when it is a path inside the portal ("/needs/…"), else null: a notification never
 * links off-site (no "//host", "http:", "javascript:" …), whatever a caller stored.
 */
export function safeNotificationLink(link: string | null | undefined): string | null {
  return safePortalPath(link);
}
