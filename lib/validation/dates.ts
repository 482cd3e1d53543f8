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

const DAY_MONTH_YEAR = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/;

/**
 * A date as people type it in the portal's forms — `dd/mm/yyyy` (WIB calendar, "17/8/2026",
 * "17-08-2026" and "17.08.2026" too) — or already ISO `YYYY-MM-DD`, as the ISO string the data
 * layer expects. Anything else comes back trimmed and unchanged, for isCalendarDate to refuse.
 * No check that the day exists: "31/02/2026" becomes "2026-02-31", which isCalendarDate refuses.
 */
export function parseEnteredDate(value: string): string {
  const trimmed = value.trim();
  const match = DAY_MONTH_YEAR.exec(trimmed);
  if (!match) return trimmed;
  const [, day, month, year] = match;
  return `${year}-${month!.padStart(2, "0")}-${day!.padStart(2, "0")}`;
}

/** `YYYY-MM-DD` → `dd/mm/yyyy` (a form field's initial value); anything else unchanged (what was typed). */
export function enteredDateOf(value: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  return match ? `${match[3]}/${match[2]}/${match[1]}` : value;
}

/**
 * A date typed in a form (parseEnteredDate: `dd/mm/yyyy` or ISO) as the ISO calendar date; an
 * impossible or malformed date is the message key `error`. The API keeps calendarDate (ISO only).
 */
export const enteredDate = (error: string) =>
  text({ error }).transform(parseEnteredDate).refine(isCalendarDate, { error });
