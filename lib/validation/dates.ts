import { text } from "@/lib/validation/text";

/**
 * The one calendar-date rule of every input schema (forms, URL filters, /api/v1, imports):
 * `YYYY-MM-DD`, a day that exists (no 2027-02-30), in the years 1900–9999. PostgreSQL has no
 * year 0 ("0000-01-01" was a 500), and a year before 1900 in this programme is a typing error.
 */
export const MIN_YEAR = 1900;

const ISO_DATE = /^(\d{4})-\d{2}-\d{2}$/;

/** True when `value` is a real calendar date `YYYY-MM-DD` between 1900-01-01 and 9999-12-31. */
export function isCalendarDate(value: string): boolean {
  const match = ISO_DATE.exec(value);
  if (!match || Number(match[1]) < MIN_YEAR) return false;
  const parsed = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().startsWith(value);
}

/** A calendar date string (see isCalendarDate); every failure is the message key `error`. */
export const calendarDate = (error: string) => text({ error }).refine(isCalendarDate, { error });
