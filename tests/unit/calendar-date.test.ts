import { describe, expect, it } from "vitest";
import { auditFiltersSchema } from "@/lib/audit/filters";
import { isCalendarDate } from "@/lib/validation/dates";
import { agreementSchema } from "@/lib/validation/matches";
import { needFilterSchema } from "@/lib/validation/needs";
import { caseReassignSchema } from "@/lib/validation/paperwork";

// One calendar-date rule for every input schema (lib/validation/dates.ts). PostgreSQL has no
// year 0: `/needs?deadlineFrom=0000-01-01` reached the database and answered 500.
describe("calendar dates", () => {
  it("accepts real days from 1900 to 9999 and refuses year 0, early years, impossible days and other shapes", () => {
    for (const ok of ["1900-01-01", "2026-12-02", "2028-02-29", "9999-12-31"])
      expect(isCalendarDate(ok), ok).toBe(true);
    for (const bad of [
      "0000-01-01",
      "0001-01-01",
      "1899-12-31",
      "2027-02-29",
      "2026-13-01",
      "2026-04-31",
      "2026-1-01",
      "20261-01-01",
      "2026-01-01T00:00",
      " 2026-01-01",
      "",
    ]) {
      expect(isCalendarDate(bad), bad).toBe(false);
    }
  });

  it("every schema with a date refuses year 0 with its own message key", () => {
    const needs = needFilterSchema.safeParse({ deadlineFrom: "0000-01-01" });
    expect(needs.success).toBe(false);
    expect(needs.error?.issues[0]).toMatchObject({ path: ["deadlineFrom"], message: "deadlineInvalid" });

    const audit = auditFiltersSchema.safeParse({ from: "0000-01-01" });
    expect(audit.success).toBe(false);
    expect(audit.error?.issues[0]?.path).toEqual(["from"]);

    const agreement = agreementSchema.safeParse({ startDate: "0000-01-01" });
    expect(agreement.error?.issues.find((issue) => issue.path[0] === "startDate")?.message).toBe("dateInvalid");

    const reassign = caseReassignSchema.safeParse({ dueDate: "0000-01-01" });
    expect(reassign.error?.issues.find((issue) => issue.path[0] === "dueDate")?.message).toBe("dateInvalid");
  });
});
