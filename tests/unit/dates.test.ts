import { describe, expect, it } from "vitest";
import {
  addDaysIso,
  addMonthsIso,
  DAY_MS,
  daysBetweenIso,
  epochDay,
  fromIsoDate,
  toIsoDate,
  todayIso,
  wibDayEnd,
  wibDayStart,
} from "@/lib/dates";

describe("lib/dates", () => {
  it("toIsoDate/fromIsoDate: a date column's UTC midnight and YYYY-MM-DD round-trip", () => {
    expect(fromIsoDate("2026-02-28").toISOString()).toBe("2026-02-28T00:00:00.000Z");
    expect(toIsoDate(new Date("2026-02-28T00:00:00Z"))).toBe("2026-02-28");
    expect(toIsoDate(new Date("2026-02-28T23:59:59Z"))).toBe("2026-02-28");
    expect(toIsoDate(fromIsoDate("2024-02-29"))).toBe("2024-02-29");
  });

  it("todayIso is the calendar day in WIB (UTC+7): 17:00 UTC is already tomorrow", () => {
    expect(todayIso(new Date("2026-11-28T16:59:59Z"))).toBe("2026-11-28");
    expect(todayIso(new Date("2026-11-28T17:00:00Z"))).toBe("2026-11-29");
    expect(todayIso(new Date("2026-12-31T17:30:00Z"))).toBe("2027-01-01");
  });

  it("addDaysIso and daysBetweenIso count calendar days across months, years and leap days", () => {
    expect(addDaysIso("2026-01-31", 1)).toBe("2026-02-01");
    expect(addDaysIso("2024-02-28", 1)).toBe("2024-02-29");
    expect(addDaysIso("2026-01-01", -1)).toBe("2025-12-31");
    expect(addDaysIso("2026-03-01", 30)).toBe("2026-03-31");
    expect(daysBetweenIso("2026-01-01", "2026-01-31")).toBe(30);
    expect(daysBetweenIso("2026-01-31", "2026-01-01")).toBe(-30);
    expect(daysBetweenIso("2024-02-28", "2024-03-01")).toBe(2);
    expect(daysBetweenIso("2026-05-05", "2026-05-05")).toBe(0);
  });

  it("addMonthsIso clamps to the last day of the target month", () => {
    expect(addMonthsIso("2024-02-29", 12)).toBe("2025-02-28");
    expect(addMonthsIso("2026-01-31", 1)).toBe("2026-02-28");
    expect(addMonthsIso("2026-03-15", -11)).toBe("2025-04-15");
    expect(addMonthsIso("2026-12-01", 1)).toBe("2027-01-01");
  });

  it("epochDay compares calendar days of date column values", () => {
    expect(epochDay(fromIsoDate("1970-01-02"))).toBe(1);
    expect(epochDay(fromIsoDate("2026-05-06")) - epochDay(fromIsoDate("2026-05-05"))).toBe(1);
    expect(DAY_MS).toBe(24 * 60 * 60 * 1000);
  });

  it("wibDayStart/wibDayEnd bound a WIB calendar day as instants (end exclusive)", () => {
    expect(wibDayStart("2026-11-29").toISOString()).toBe("2026-11-28T17:00:00.000Z");
    expect(wibDayEnd("2026-11-29").toISOString()).toBe("2026-11-29T17:00:00.000Z");
  });
});
