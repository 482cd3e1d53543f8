import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { fromIsoDate } from "@/lib/dates";
import { formatDate, formatDateTime, formatMonth } from "@/lib/format/dates";

// Issue 14: dates are shown as dd/mm/yyyy and moments as dd/mm/yyyy HH.mm WIB, in both
// languages (English day first too) and in Asia/Jakarta whatever the machine's time zone.

const originalTz = process.env.TZ;
afterEach(() => {
  process.env.TZ = originalTz;
});

describe("formatDate", () => {
  it("shows an ISO calendar date as dd/mm/yyyy without any time-zone shift", () => {
    for (const tz of ["UTC", "America/Los_Angeles", "Asia/Jakarta", "Pacific/Kiritimati"]) {
      process.env.TZ = tz;
      expect(formatDate("2026-12-03"), tz).toBe("03/12/2026");
      expect(formatDate("2027-01-01"), tz).toBe("01/01/2027");
      // A `date` column as Prisma reads it: the UTC midnight of the day, the same day in WIB.
      expect(formatDate(fromIsoDate("2026-12-31")), tz).toBe("31/12/2026");
    }
  });

  it("shows an instant as its day in WIB: late evening UTC is already the next day", () => {
    process.env.TZ = "America/New_York";
    expect(formatDate(new Date("2026-12-03T16:59:59Z"))).toBe("03/12/2026");
    expect(formatDate(new Date("2026-12-03T17:00:00Z"))).toBe("04/12/2026");
    expect(formatDate("2026-12-31T20:00:00.000Z")).toBe("01/01/2027");
    expect(formatDate(Date.UTC(2026, 11, 3, 0, 0))).toBe("03/12/2026");
  });

  it("shows a placeholder for something that is not a date", () => {
    expect(formatDate("not a date")).toBe("—");
    expect(formatDate(new Date(Number.NaN))).toBe("—");
  });
});

describe("formatDateTime", () => {
  it("is dd/mm/yyyy HH.mm WIB in Indonesian and dd/mm/yyyy HH:mm WIB in English, day first in both", () => {
    process.env.TZ = "UTC";
    const moment = new Date("2026-12-03T02:05:00Z");
    expect(formatDateTime(moment, "id")).toBe("03/12/2026 09.05 WIB");
    expect(formatDateTime(moment, "en")).toBe("03/12/2026 09:05 WIB");
  });

  it("midnight UTC is 07.00 WIB; late evening UTC is the next day just after midnight, 24-hour clock", () => {
    process.env.TZ = "Europe/London";
    expect(formatDateTime(new Date("2026-12-03T00:00:00Z"), "id")).toBe("03/12/2026 07.00 WIB");
    expect(formatDateTime(new Date("2026-12-03T17:00:00Z"), "id")).toBe("04/12/2026 00.00 WIB");
    expect(formatDateTime(new Date("2026-12-03T22:45:00Z"), "en")).toBe("04/12/2026 05:45 WIB");
    expect(formatDateTime(new Date("2026-12-03T08:30:00Z"), "en")).toBe("03/12/2026 15:30 WIB");
    expect(formatDateTime("2026-12-31T17:30:00Z", "id")).toBe("01/01/2027 00.30 WIB");
  });

  it("adds seconds when asked (the audit log), and a placeholder for an invalid moment", () => {
    const moment = new Date("2026-12-03T17:04:09Z");
    expect(formatDateTime(moment, "id", { seconds: true })).toBe("04/12/2026 00.04.09 WIB");
    expect(formatDateTime(moment, "en", { seconds: true })).toBe("04/12/2026 00:04:09 WIB");
    expect(formatDateTime(new Date(Number.NaN), "id")).toBe("—");
  });
});

describe("formatMonth", () => {
  it("shows a calendar month as mm/yyyy", () => {
    expect(formatMonth("2026-03")).toBe("03/2026");
    expect(formatMonth("2026-3")).toBe("2026-3");
  });
});

describe("one display rule", () => {
  const root = path.resolve(__dirname, "../..");
  const sources = (dir: string): string[] =>
    readdirSync(path.join(root, dir), { withFileTypes: true, recursive: true })
      .filter((e) => e.isFile() && /\.tsx?$/.test(e.name))
      .map((e) => path.relative(root, path.join(e.parentPath, e.name)))
      .filter((file) => !file.startsWith(path.join("lib", "generated")));

  it("no page, component or library formats a date itself: everything goes through lib/format/dates.ts", () => {
    const own = path.join("lib", "format", "dates.ts");
    const offenders = ["app", "components", "lib"]
      .flatMap(sources)
      .filter((file) => file !== own)
      .filter((file) =>
        /\.dateTime\(|Intl\.DateTimeFormat|\.toLocale(Date|Time)?String\(/.test(
          readFileSync(path.join(root, file), "utf8"),
        ),
      );
    expect(offenders).toEqual([]);
  });
});
