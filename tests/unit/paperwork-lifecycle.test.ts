import { describe, expect, it } from "vitest";
import { documentCodesForKbli, isValidNumberPattern } from "@/lib/domain/document-types";
import {
  checkPaperworkChange,
  mayTransitionPaperwork,
  paperworkChoicesFor,
  type PaperworkDraft,
  type PaperworkRules,
} from "@/lib/domain/paperwork-lifecycle";
import type { PaperworkStatus } from "@/lib/generated/prisma/enums";
import { DOCUMENT_TYPES } from "@/lib/reference/document-types";
import { addMonthsIso } from "@/lib/dates";

// The paperwork-item lifecycle (lib/domain/paperwork-lifecycle.ts), table-tested.

const ALL: PaperworkStatus[] = ["NOT_STARTED", "IN_PROGRESS", "SUBMITTED", "ISSUED", "REJECTED", "EXPIRED"];
const ALLOWED_BY_USER = new Set([
  "NOT_STARTED→IN_PROGRESS",
  "IN_PROGRESS→SUBMITTED",
  "SUBMITTED→ISSUED",
  "SUBMITTED→REJECTED",
  "REJECTED→IN_PROGRESS",
  "EXPIRED→IN_PROGRESS",
]);
const TODAY = "2026-04-15";
const NIB: PaperworkRules = { expires: false, validityMonths: null, numberPattern: "^[0-9]{13}$" };
const SLHS: PaperworkRules = { expires: true, validityMonths: 36, numberPattern: null };
const SBU_NO_DEFAULT: PaperworkRules = { expires: true, validityMonths: null, numberPattern: null };

const draft = (status: PaperworkStatus, fields: Partial<PaperworkDraft> = {}): PaperworkDraft => ({
  status,
  number: null,
  issuedOn: null,
  expiresOn: null,
  ...fields,
});
const issues = (from: PaperworkStatus, to: PaperworkDraft, rules: PaperworkRules, by: "user" | "system" = "user") =>
  checkPaperworkChange(from, to, rules, { today: TODAY, by }).issues.map((i) => `${i.path}:${i.message}`);

describe("paperwork transitions", () => {
  for (const from of ALL) {
    for (const to of ALL) {
      if (from === to) continue;
      const allowed = ALLOWED_BY_USER.has(`${from}→${to}`);
      it(`${from} → ${to} by a person: ${allowed ? "allowed" : "refused"}`, () => {
        expect(mayTransitionPaperwork(from, to, "user")).toBe(allowed);
      });
    }
  }

  it("ISSUED → EXPIRED only by the system, and a person gets the plain message key", () => {
    expect(mayTransitionPaperwork("ISSUED", "EXPIRED", "system")).toBe(true);
    expect(mayTransitionPaperwork("ISSUED", "EXPIRED", "user")).toBe(false);
    expect(issues("ISSUED", draft("EXPIRED", { number: "9120001234567", issuedOn: "2020-01-01" }), NIB)).toEqual([
      "status:expiredBySystemOnly",
    ]);
    expect(
      issues(
        "ISSUED",
        draft("EXPIRED", { number: "1/SLHS", issuedOn: "2020-01-01", expiresOn: "2023-01-01" }),
        SLHS,
        "system",
      ),
    ).toEqual([]);
    // Nobody may jump to EXPIRED from anywhere else.
    expect(issues("SUBMITTED", draft("EXPIRED"), SLHS, "system")).toEqual(["status:transitionNotAllowed"]);
  });

  it("staying in a status is an edit; the form offers the current status and the allowed next ones", () => {
    expect(mayTransitionPaperwork("SUBMITTED", "SUBMITTED")).toBe(true);
    expect(paperworkChoicesFor("NOT_STARTED")).toEqual(["NOT_STARTED", "IN_PROGRESS"]);
    expect(paperworkChoicesFor("SUBMITTED")).toEqual(["SUBMITTED", "ISSUED", "REJECTED"]);
    expect(paperworkChoicesFor("ISSUED")).toEqual(["ISSUED"]);
    expect(paperworkChoicesFor("EXPIRED")).toEqual(["EXPIRED", "IN_PROGRESS"]);
  });
});

describe("paperwork field rules", () => {
  const table: [string, PaperworkStatus, PaperworkDraft, PaperworkRules, string[]][] = [
    [
      "ISSUED without number nor issue date",
      "SUBMITTED",
      draft("ISSUED"),
      NIB,
      ["number:numberRequired", "issuedOn:issuedOnRequired"],
    ],
    [
      "ISSUED without number",
      "SUBMITTED",
      draft("ISSUED", { issuedOn: "2026-04-01" }),
      SLHS,
      ["number:numberRequired"],
    ],
    [
      "ISSUED without issue date",
      "SUBMITTED",
      draft("ISSUED", { number: "12/SLHS/2026" }),
      SLHS,
      ["issuedOn:issuedOnRequired"],
    ],
    [
      "ISSUED with a future issue date",
      "SUBMITTED",
      draft("ISSUED", { number: "12/SLHS/2026", issuedOn: "2026-04-16" }),
      SLHS,
      ["issuedOn:issuedOnFuture"],
    ],
    ["ISSUED today", "SUBMITTED", draft("ISSUED", { number: "12/SLHS/2026", issuedOn: TODAY }), SLHS, []],
    [
      "expiry before issue",
      "SUBMITTED",
      draft("ISSUED", { number: "12/SLHS/2026", issuedOn: "2026-04-01", expiresOn: "2026-03-31" }),
      SLHS,
      ["expiresOn:expiryBeforeIssue"],
    ],
    [
      "expiry on the issue day",
      "SUBMITTED",
      draft("ISSUED", { number: "1", issuedOn: "2026-04-15", expiresOn: "2026-04-15" }),
      SLHS,
      [],
    ],
    [
      "expiry before issue while still in progress",
      "IN_PROGRESS",
      draft("IN_PROGRESS", { issuedOn: "2026-04-01", expiresOn: "2026-01-01" }),
      SLHS,
      ["expiresOn:expiryBeforeIssue"],
    ],
    [
      "ISSUED already expired",
      "SUBMITTED",
      draft("ISSUED", { number: "1", issuedOn: "2020-01-01", expiresOn: "2023-01-01" }),
      SLHS,
      ["expiresOn:expiresOnPast"],
    ],
    ["NIB of 13 digits", "SUBMITTED", draft("ISSUED", { number: "9120001234567", issuedOn: "2026-04-01" }), NIB, []],
    [
      "NIB of 12 digits",
      "SUBMITTED",
      draft("ISSUED", { number: "912000123456", issuedOn: "2026-04-01" }),
      NIB,
      ["number:numberFormat"],
    ],
    [
      "NIB with letters",
      "SUBMITTED",
      draft("ISSUED", { number: "91200012345A7", issuedOn: "2026-04-01" }),
      NIB,
      ["number:numberFormat"],
    ],
    [
      "a wrong NIB is refused even before it is issued",
      "IN_PROGRESS",
      draft("IN_PROGRESS", { number: "123" }),
      NIB,
      ["number:numberFormat"],
    ],
    [
      "an expiring type without a standard validity needs the date",
      "SUBMITTED",
      draft("ISSUED", { number: "SBU-1", issuedOn: "2026-04-01" }),
      SBU_NO_DEFAULT,
      ["expiresOn:expiresOnRequired"],
    ],
    ["REJECTED needs no number", "SUBMITTED", draft("REJECTED"), SLHS, []],
  ];
  for (const [name, from, to, rules, expected] of table) {
    it(`${name}: ${expected.length === 0 ? "accepted" : expected.join(", ")}`, () => {
      expect(issues(from, to, rules)).toEqual(expected);
    });
  }

  it("an expiring type's empty expiry becomes issue date + validity (end of month clamped)", () => {
    const { draft: filled, issues: none } = checkPaperworkChange(
      "SUBMITTED",
      draft("ISSUED", { number: "7/SLHS", issuedOn: "2026-04-01" }),
      SLHS,
      { today: TODAY },
    );
    expect(none).toEqual([]);
    expect(filled.expiresOn).toBe("2029-04-01");
    expect(addMonthsIso("2024-02-29", 12)).toBe("2025-02-28");
    expect(addMonthsIso("2026-01-31", 1)).toBe("2026-02-28");
    // A type that does not expire gets no date.
    expect(
      checkPaperworkChange("SUBMITTED", draft("ISSUED", { number: "9120001234567", issuedOn: "2026-04-01" }), NIB, {
        today: TODAY,
      }).draft.expiresOn,
    ).toBeNull();
  });
});

describe("document types (reference data)", () => {
  const codes = DOCUMENT_TYPES.map((type) => type.code);

  it("covers the documents of the issue with an issuer each", () => {
    expect(codes).toEqual(
      expect.arrayContaining(["NIB", "NPWP", "SERTIFIKAT_STANDAR", "SPP_IRT", "HALAL", "SLHS", "SNI", "BPOM_MD"]),
    );
    for (const type of DOCUMENT_TYPES) {
      expect(type.issuer.length, type.code).toBeGreaterThan(3);
      expect(type.stepsId.length, type.code).toBeGreaterThan(20);
      expect(type.stepsEn.length, type.code).toBeGreaterThan(20);
      if (type.numberPattern) expect(isValidNumberPattern(type.numberPattern), type.code).toBe(true);
      if (!type.expires) expect(type.validityMonths, type.code).toBeNull();
    }
    expect(DOCUMENT_TYPES.find((t) => t.code === "SPP_IRT")?.validityMonths).toBe(60);
    expect(new RegExp(DOCUMENT_TYPES.find((t) => t.code === "NIB")!.numberPattern!).test("9120003031001")).toBe(true);
  });

  it("catering (KBLI 5621x) needs halal and SLHS; car rental with driver (49422, 77100, KBLI 2025 49295) NIB and Sertifikat Standar", () => {
    const catering = documentCodesForKbli(["56210"], DOCUMENT_TYPES);
    expect(catering).toEqual(expect.arrayContaining(["NIB", "HALAL", "SLHS"]));
    for (const code of ["49422", "77100", "49295"]) {
      expect(documentCodesForKbli([code], DOCUMENT_TYPES), code).toEqual(
        expect.arrayContaining(["NIB", "SERTIFIKAT_STANDAR"]),
      );
    }
    // Documents of unrelated sectors are not suggested.
    expect(catering).not.toContain("SBU_KONSTRUKSI");
    expect(documentCodesForKbli(["41011"], DOCUMENT_TYPES)).not.toContain("SLHS");
    expect(documentCodesForKbli(["56210"], [{ code: "OLD", kbliPrefixes: [], isActive: false }])).toEqual([]);
  });

  it("number patterns must compile and stay short", () => {
    expect(isValidNumberPattern("^[0-9]{13}$")).toBe(true);
    expect(isValidNumberPattern("^[0-9]{13")).toBe(true); // a literal "{13" is a valid JS regex
    expect(isValidNumberPattern("([0-9]")).toBe(false);
    expect(isValidNumberPattern("")).toBe(false);
    expect(isValidNumberPattern("a".repeat(201))).toBe(false);
  });
});
