/**
 * Calendar dates of the programme, pure (no database, no clock but the `now` a caller passes).
 * A calendar date travels as `YYYY-MM-DD` and is stored as PostgreSQL `date`, which Prisma
 * reads and writes as the UTC midnight of that day; "today" is the day in WIB (UTC+7), the
 * programme's time zone. Whether a typed string is a real date is lib/validation/dates.ts.
 */

/** One day in milliseconds (instants; calendar arithmetic goes through the ISO helpers below). */
export const DAY_MS = 86_400_000;

const WIB_OFFSET_MS = 7 * 60 * 60 * 1000;

/** The `date` column value (UTC midnight) or any instant → its UTC calendar day `YYYY-MM-DD`. */
export function toIsoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** `YYYY-MM-DD` → the UTC midnight Prisma reads and writes for a `date` column. */
export function fromIsoDate(iso: string): Date {
  return new Date(`${iso}T00:00:00Z`);
}

/** Today's date in WIB (the programme's time zone) as YYYY-MM-DD. */
export function todayIso(now: Date = new Date()): string {
  return toIsoDate(new Date(now.getTime() + WIB_OFFSET_MS));
}

/** `iso` plus `days` calendar days (negative: earlier). */
export function addDaysIso(iso: string, days: number): string {
  return toIsoDate(new Date(fromIsoDate(iso).getTime() + days * DAY_MS));
}

/** Whole calendar days from `from` to `to` (both YYYY-MM-DD): negative when `to` is earlier. */
export function daysBetweenIso(from: string, to: string): number {
  return Math.round((fromIsoDate(to).getTime() - fromIsoDate(from).getTime()) / DAY_MS);
}

/** `iso` (YYYY-MM-DD) plus `months` calendar months, clamped to the month's last day. */
export function addMonthsIso(iso: string, months: number): string {
  const [y, m, d] = iso.split("-").map(Number) as [number, number, number];
  const first = new Date(Date.UTC(y, m - 1 + months, 1));
  const lastDay = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + 1, 0)).getUTCDate();
  first.setUTCDate(Math.min(d, lastDay));
  return toIsoDate(first);
}

/** The day number of a `date` column value (days since 1970-01-01 UTC): compares calendar days. */
export function epochDay(date: Date): number {
  return Math.floor(date.getTime() / DAY_MS);
}

/** Start of day `date` (YYYY-MM-DD) in WIB, as an instant. */
export function wibDayStart(date: string): Date {
  return new Date(`${date}T00:00:00+07:00`);
}

/** Start of the day after `date` in WIB: the exclusive end of an inclusive "to" date. */
export function wibDayEnd(date: string): Date {
  return new Date(wibDayStart(date).getTime() + DAY_MS);
}
