import { describe, expect, it } from "vitest";
import { needListQuerySchema } from "@/lib/api/schemas";
import { auditFiltersSchema, auditQuery } from "@/lib/audit/filters";
import { parseNeedPageFilters } from "@/lib/validation/needs";

// Issue 14: the /needs and /audit filter forms type their dates as dd/mm/yyyy (DateInput), so the
// pages' query strings accept it (and ISO, for old links); the /api/v1 API keeps ISO only.

describe("the /needs page's filter parsing", () => {
  it("reads a dd/mm/yyyy deadline range as ISO dates and keeps what was typed for the form", () => {
    const { filter, raw, invalid } = parseNeedPageFilters({ deadlineFrom: "17/08/2026", deadlineTo: "1/9/2026" });
    expect(invalid).toEqual([]);
    expect(filter.deadlineFrom).toBe("2026-08-17");
    expect(filter.deadlineTo).toBe("2026-09-01");
    expect(raw).toMatchObject({ deadlineFrom: "17/08/2026", deadlineTo: "1/9/2026" });
  });

  it("still reads ISO dates (links made before)", () => {
    const { filter, invalid } = parseNeedPageFilters({ deadlineFrom: "2026-08-17", deadlineTo: ["2026-09-01"] });
    expect(invalid).toEqual([]);
    expect(filter).toMatchObject({ deadlineFrom: "2026-08-17", deadlineTo: "2026-09-01" });
  });

  it("drops and names an impossible, US-ordered or year-0 date and keeps the other filters", () => {
    for (const bad of ["31/02/2026", "08/17/2026", "00/00/0000", "0000-01-01", "17/08/26"]) {
      const { filter, raw, invalid } = parseNeedPageFilters({ deadlineFrom: bad, q: "rendang", sort: "newest" });
      expect(invalid, bad).toEqual(["deadlineFrom"]);
      expect(filter.deadlineFrom, bad).toBeUndefined();
      expect(filter).toMatchObject({ q: "rendang", sort: "newest" });
      expect(raw.deadlineFrom, bad).toBeUndefined();
    }
  });

  it("names an unknown `show` value and treats blank dates as no filter", () => {
    const { filter, invalid } = parseNeedPageFilters({ show: "everything", deadlineFrom: "", deadlineTo: " " });
    expect(invalid).toEqual(["show"]);
    expect(filter.deadlineFrom).toBeUndefined();
    expect(filter.deadlineTo).toBeUndefined();
  });

  it("leaves the /api/v1 query ISO only", () => {
    expect(needListQuerySchema.safeParse({ deadlineFrom: "2026-08-17" }).success).toBe(true);
    const typed = needListQuerySchema.safeParse({ deadlineFrom: "17/08/2026" });
    expect(typed.success).toBe(false);
    expect(typed.error?.issues[0]).toMatchObject({ path: ["deadlineFrom"], message: "deadlineInvalid" });
  });
});

describe("the audit log's date filters", () => {
  it("read dd/mm/yyyy (and ISO) as ISO days, so page links carry ISO", () => {
    const parsed = auditFiltersSchema.parse({ from: "11/03/2026", to: "2026-03-12" });
    expect(parsed).toMatchObject({ from: "2026-03-11", to: "2026-03-12" });
    expect(auditQuery(parsed)).toBe("?from=2026-03-11&to=2026-03-12");
  });

  it("refuse an impossible day and an inverted range typed dd/mm/yyyy", () => {
    const impossible = auditFiltersSchema.safeParse({ from: "30/02/2026" });
    expect(impossible.error?.issues[0]?.path).toEqual(["from"]);
    const inverted = auditFiltersSchema.safeParse({ from: "12/03/2026", to: "11/03/2026" });
    expect(inverted.error?.issues[0]).toMatchObject({ path: ["to"], message: "dateRange" });
  });
});
