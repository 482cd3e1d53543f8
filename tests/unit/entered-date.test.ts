import { describe, expect, it } from "vitest";
import { enteredDate, enteredDateOf, parseEnteredDate } from "@/lib/validation/dates";
import { agreementSchema } from "@/lib/validation/matches";
import { needFormToInput } from "@/lib/validation/needs";
import { paperworkUpdateSchema } from "@/lib/validation/paperwork";

// Dates are entered as dd/mm/yyyy whatever the browser's language (components/forms/date-input.tsx)
// and parsed by the validation kernel into the ISO date the data layer expects.

describe("dates typed in forms", () => {
  it("dd/mm/yyyy (and d/m/yyyy, dashes, dots) become ISO; ISO stays; anything else is left for refusal", () => {
    expect(parseEnteredDate("17/08/2026")).toBe("2026-08-17");
    expect(parseEnteredDate(" 7/8/2026 ")).toBe("2026-08-07");
    expect(parseEnteredDate("17-08-2026")).toBe("2026-08-17");
    expect(parseEnteredDate("17.08.2026")).toBe("2026-08-17");
    expect(parseEnteredDate("2026-08-17")).toBe("2026-08-17");
    expect(parseEnteredDate("08/17/26")).toBe("08/17/26");
  });

  it("an impossible or US-ordered date is refused with the field's key", () => {
    const schema = enteredDate("dateInvalid");
    expect(schema.parse("29/02/2028")).toBe("2028-02-29");
    for (const bad of ["31/02/2026", "29/02/2027", "08/17/2026", "17/08/26", "00/01/2026", "17/08/1899", ""]) {
      const result = schema.safeParse(bad);
      expect(result.success, bad).toBe(false);
      expect(result.error?.issues[0]?.message).toBe("dateInvalid");
    }
  });

  it("an ISO initial value is shown as dd/mm/yyyy, a typed value as typed", () => {
    expect(enteredDateOf("2026-08-17")).toBe("17/08/2026");
    expect(enteredDateOf("31/02/2026")).toBe("31/02/2026");
  });

  it("the paperwork, agreement and need forms hand the data layer ISO dates", () => {
    const paperwork = paperworkUpdateSchema.safeParse({
      umkmId: "00000000-0000-4000-8000-000000000001",
      documentTypeId: "00000000-0000-4000-8000-000000000002",
      expectedVersion: "0",
      status: "ISSUED",
      issuedOn: "01/12/2026",
      expiresOn: "31/02/2027",
    });
    expect(paperwork.success).toBe(false);
    expect(paperwork.error?.issues.map((issue) => [issue.path.join("."), issue.message])).toEqual([
      ["expiresOn", "dateInvalid"],
    ]);
    const agreement = agreementSchema.safeParse({
      matchId: "00000000-0000-4000-8000-000000000001",
      expectedVersion: "1",
      pattern: "SUBKONTRAK",
      valueRp: "1000000",
      startDate: "01/01/2027",
      endDate: "31/12/2027",
      signedAt: "",
    });
    expect(agreement.error?.issues.map((issue) => [issue.path.join("."), issue.message])).toContainEqual([
      "signedAt",
      "required",
    ]);
    const form = new FormData();
    form.set("periodStart", "1/2/2027");
    form.set("periodEnd", "28/02/2027");
    form.set("responseDeadline", "2027-01-15");
    expect(needFormToInput(form)).toMatchObject({
      periodStart: "2027-02-01",
      periodEnd: "2027-02-28",
      responseDeadline: "2027-01-15",
    });
  });
});
