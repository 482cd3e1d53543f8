import { TIME_ZONE } from "@/lib/i18n/config";

/**
 * The one display rule for dates of the portal, server and client, every locale: a date reads
 * `dd/mm/yyyy` and a moment `dd/mm/yyyy HH.mm WIB` (Indonesian: "." between hour and minute;
 * English `HH:mm`), day first whatever the reader's or browser's language, in the programme's
 * time zone (Asia/Jakarta). Intl only supplies the numbers (formatToParts): the order and the
 * separators are fixed here, so `en` (month first in Intl) reads the same as `id`.
 * A calendar date stored as `YYYY-MM-DD` is rearranged as text and never shifts by time zone.
 * Entry of dates is lib/validation/dates.ts (`enteredDate`, the same dd/mm/yyyy).
 */

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const PLACEHOLDER = "—";

const PARTS = new Intl.DateTimeFormat("en-US", {
  timeZone: TIME_ZONE,
  numberingSystem: "latn",
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  hour: "2-digit",
  minute: "2-digit",
  second: "2-digit",
  hourCycle: "h23",
});

type Moment = Date | string | number;

/** The WIB wall-clock numbers of an instant, two-digit padded; null when it is not a valid instant. */
function wibParts(value: Moment): Record<"year" | "month" | "day" | "hour" | "minute" | "second", string> | null {
  const date = value instanceof Date ? value : new Date(value);
  if (Number.isNaN(date.getTime())) return null;
  const parts = Object.fromEntries(PARTS.formatToParts(date).map((p) => [p.type, p.value]));
  return {
    year: String(parts.year).padStart(4, "0"),
    month: String(parts.month).padStart(2, "0"),
    day: String(parts.day).padStart(2, "0"),
    // Some engines print midnight as "24" even with h23.
    hour: String(parts.hour === "24" ? "00" : parts.hour).padStart(2, "0"),
    minute: String(parts.minute).padStart(2, "0"),
    second: String(parts.second).padStart(2, "0"),
  };
}

/**
 * A date as `dd/mm/yyyy`: a calendar date `YYYY-MM-DD` as written (no time-zone shift), an
 * instant (Date, ISO timestamp, epoch ms) as its day in WIB. A `date` column read by Prisma is
 * the UTC midnight of its day, which is the same day in WIB. Not a date: "—".
 */
export function formatDate(value: Moment): string {
  if (typeof value === "string") {
    const match = ISO_DATE.exec(value);
    if (match) return `${match[3]}/${match[2]}/${match[1]}`;
  }
  const p = wibParts(value);
  return p ? `${p.day}/${p.month}/${p.year}` : PLACEHOLDER;
}

/**
 * A moment as `dd/mm/yyyy HH.mm WIB` (`HH:mm` for English readers), in WIB; `seconds` adds
 * them (the audit log). Not a date: "—".
 */
export function formatDateTime(value: Moment, locale: string, options: { seconds?: boolean } = {}): string {
  const p = wibParts(value);
  if (!p) return PLACEHOLDER;
  const sep = locale.startsWith("en") ? ":" : ".";
  const time = [p.hour, p.minute, ...(options.seconds ? [p.second] : [])].join(sep);
  return `${p.day}/${p.month}/${p.year} ${time} WIB`;
}

/** A calendar month `YYYY-MM` (a chart column) as `mm/yyyy`; anything else unchanged. */
export function formatMonth(value: string): string {
  const match = /^(\d{4})-(\d{2})$/.exec(value);
  return match ? `${match[2]}/${match[1]}` : value;
}
