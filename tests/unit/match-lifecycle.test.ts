import { describe, expect, it } from "vitest";
import type { MatchStatus, Role } from "@/lib/generated/prisma/enums";
import {
  INTRODUCTION_STATUSES,
  isAllowedFrom,
  isIntroduction,
  MATCH_STATUSES,
  MATCH_VERBS,
  mayPerform,
  needsReason,
  nextStatus,
  verbsFor,
  type MatchVerb,
} from "@/lib/domain/match-lifecycle";

const ROLES: Role[] = ["ADMIN", "PMPTSP_OFFICER", "DISKOP_STAFF", "COMPANY_STAFF", "UMKM_OWNER"];

describe("match lifecycle: the edges", () => {
  // Every (verb, from) pair of the state machine and where it leads; anything else is refused.
  const EDGES: [MatchVerb, MatchStatus, MatchStatus][] = [
    ["shortlist", "SUGGESTED", "SHORTLISTED"],
    ["approve", "SUGGESTED", "APPROVED"],
    ["approve", "SHORTLISTED", "APPROVED"],
    ["reject", "SUGGESTED", "REJECTED"],
    ["reject", "SHORTLISTED", "REJECTED"],
    ["accept", "APPROVED", "ACCEPTED"],
    ["decline", "APPROVED", "DECLINED"],
    ["recordAgreement", "ACCEPTED", "AGREEMENT_SIGNED"],
    ["end", "AGREEMENT_SIGNED", "ENDED"],
    ["confirmInterest", "APPROVED", "APPROVED"],
    ["confirmInterest", "ACCEPTED", "ACCEPTED"],
  ];

  it.each(EDGES)("%s from %s leads to %s", (verb, from, to) => {
    expect(nextStatus(verb, from)).toBe(to);
    expect(isAllowedFrom(verb, from)).toBe(true);
  });

  it("has no other edge: every other (verb, status) pair is refused", () => {
    const allowed = new Set(EDGES.map(([verb, from]) => `${verb}@${from}`));
    for (const verb of MATCH_VERBS) {
      for (const from of MATCH_STATUSES) {
        if (allowed.has(`${verb}@${from}`)) continue;
        expect(nextStatus(verb, from), `${verb} from ${from}`).toBeNull();
      }
    }
  });

  it("never leaves REJECTED, DECLINED or ENDED, and never rejects an introduction", () => {
    for (const final of ["REJECTED", "DECLINED", "ENDED"] as const) {
      for (const role of ROLES) expect(verbsFor(role, final)).toEqual([]);
    }
    for (const status of INTRODUCTION_STATUSES) expect(isAllowedFrom("reject", status)).toBe(false);
    expect(isAllowedFrom("recordAgreement", "APPROVED")).toBe(false);
    expect(isAllowedFrom("accept", "SHORTLISTED")).toBe(false);
  });

  it("asks for a reason exactly for reject, decline and end", () => {
    expect(MATCH_VERBS.filter(needsReason)).toEqual(["reject", "decline", "end"]);
  });

  it("counts APPROVED and everything after it as an introduction, the internal stages not", () => {
    expect(MATCH_STATUSES.filter(isIntroduction)).toEqual([
      "APPROVED",
      "ACCEPTED",
      "DECLINED",
      "AGREEMENT_SIGNED",
      "ENDED",
    ]);
  });
});

describe("match lifecycle: who may do what", () => {
  // role → the verbs it may ever perform
  const TABLE: Record<Role, MatchVerb[]> = {
    ADMIN: ["shortlist", "approve", "reject", "recordAgreement", "end"],
    PMPTSP_OFFICER: ["shortlist", "approve", "reject", "recordAgreement", "end"],
    DISKOP_STAFF: [],
    COMPANY_STAFF: ["accept", "decline", "recordAgreement", "end"],
    UMKM_OWNER: ["confirmInterest"],
  };

  it.each(ROLES)("%s may perform exactly its verbs", (role) => {
    expect(MATCH_VERBS.filter((verb) => mayPerform(role, verb))).toEqual(TABLE[role]);
  });

  it("offers each role only what it may do in the current status", () => {
    expect(verbsFor("PMPTSP_OFFICER", "SUGGESTED")).toEqual(["shortlist", "approve", "reject"]);
    expect(verbsFor("PMPTSP_OFFICER", "SHORTLISTED")).toEqual(["approve", "reject"]);
    expect(verbsFor("PMPTSP_OFFICER", "APPROVED")).toEqual([]);
    expect(verbsFor("COMPANY_STAFF", "SUGGESTED")).toEqual([]);
    expect(verbsFor("COMPANY_STAFF", "APPROVED")).toEqual(["accept", "decline"]);
    expect(verbsFor("COMPANY_STAFF", "ACCEPTED")).toEqual(["recordAgreement"]);
    expect(verbsFor("ADMIN", "ACCEPTED")).toEqual(["recordAgreement"]);
    expect(verbsFor("COMPANY_STAFF", "AGREEMENT_SIGNED")).toEqual(["end"]);
    expect(verbsFor("DISKOP_STAFF", "SHORTLISTED")).toEqual([]);
    expect(verbsFor("UMKM_OWNER", "APPROVED")).toEqual(["confirmInterest"]);
    expect(verbsFor("UMKM_OWNER", "ACCEPTED", true)).toEqual([]);
    expect(verbsFor("UMKM_OWNER", "SUGGESTED")).toEqual([]);
    expect(verbsFor("UMKM_OWNER", "AGREEMENT_SIGNED")).toEqual([]);
  });
});
