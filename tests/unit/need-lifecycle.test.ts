import { describe, expect, it } from "vitest";
import type { NeedStatus } from "@/lib/generated/prisma/enums";
import {
  isAllowedTransition,
  isEditable,
  isPastDeadline,
  mayTransition,
  publishBlocker,
  transitionsFor,
} from "@/lib/domain/need-lifecycle";
import { todayIso } from "@/lib/dates";

const ALL: NeedStatus[] = ["DRAFT", "OPEN", "MATCHING", "FILLED", "CLOSED", "CANCELLED"];

describe("need lifecycle", () => {
  it("allows exactly the edges of the state machine", () => {
    const edges = ALL.flatMap((from) => ALL.filter((to) => isAllowedTransition(from, to)).map((to) => `${from}>${to}`));
    expect(edges.sort()).toEqual(
      [
        "DRAFT>OPEN",
        "DRAFT>CANCELLED",
        "OPEN>MATCHING",
        "OPEN>FILLED",
        "OPEN>CLOSED",
        "OPEN>CANCELLED",
        "MATCHING>OPEN",
        "MATCHING>FILLED",
        "MATCHING>CLOSED",
        "MATCHING>CANCELLED",
      ].sort(),
    );
  });

  it("never leaves a final state and never skips publication", () => {
    for (const final of ["FILLED", "CLOSED", "CANCELLED"] as const) expect(transitionsFor("ADMIN", final)).toEqual([]);
    expect(isAllowedTransition("DRAFT", "FILLED")).toBe(false);
    expect(isAllowedTransition("DRAFT", "MATCHING")).toBe(false);
  });

  it("lets company staff publish, fill, close and cancel, but not start or stop matching", () => {
    expect(transitionsFor("COMPANY_STAFF", "DRAFT")).toEqual(["OPEN", "CANCELLED"]);
    expect(transitionsFor("COMPANY_STAFF", "OPEN")).toEqual(["FILLED", "CLOSED", "CANCELLED"]);
    expect(mayTransition("COMPANY_STAFF", "MATCHING", "OPEN")).toBe(false);
    expect(mayTransition("PMPTSP_OFFICER", "OPEN", "MATCHING")).toBe(true);
  });

  it("gives Diskop staff and UMKM owners no transition at all", () => {
    for (const role of ["DISKOP_STAFF", "UMKM_OWNER"] as const) {
      for (const from of ALL) expect(transitionsFor(role, from)).toEqual([]);
    }
  });

  it("lets only drafts and open needs be edited", () => {
    expect(ALL.filter(isEditable)).toEqual(["DRAFT", "OPEN"]);
  });

  it("derives 'past deadline' for OPEN needs only, from the day after the deadline", () => {
    expect(isPastDeadline("OPEN", "2026-11-27", "2026-11-28")).toBe(true);
    expect(isPastDeadline("OPEN", "2026-11-28", "2026-11-28")).toBe(false);
    expect(isPastDeadline("DRAFT", "2026-11-27", "2026-11-28")).toBe(false);
    expect(isPastDeadline("CLOSED", "2026-01-01", "2026-11-28")).toBe(false);
    expect(publishBlocker("2026-11-27", "2026-11-28")).toBe("deadlinePassed");
    expect(publishBlocker("2026-11-28", "2026-11-28")).toBeNull();
  });

  it("computes today in WIB (UTC+7)", () => {
    expect(todayIso(new Date("2026-11-28T17:30:00Z"))).toBe("2026-11-29");
    expect(todayIso(new Date("2026-11-28T16:30:00Z"))).toBe("2026-11-28");
  });
});
