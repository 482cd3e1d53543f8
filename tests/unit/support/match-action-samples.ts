import { db } from "@/lib/db";
import { createTestMatch, createTestNeed, createTestUmkm } from "@/prisma/seed/factories";
import type { ActionFixtures, ActionSample } from "./action-samples";

// Samples of the match workflow's server actions for tests/unit/forbidden-actions.test.ts. The
// matches are created once with the fixtures (samples themselves only read: refused calls are
// compared against database snapshots), one per action, in the status its allowed call needs.

const IDLE = { status: "idle", fieldErrors: {}, formError: null };
const ids: Record<"officer" | "firm" | "owner" | "agreement" | "end" | "openNeed" | "bulk" | "bulkNeed", string> = {
  officer: "",
  bulk: "",
  bulkNeed: "",
  firm: "",
  owner: "",
  agreement: "",
  end: "",
  openNeed: "",
};

function form(fields: Record<string, string>): FormData {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) data.append(key, value);
  return data;
}

/** Matches of firm A's needs (the owner's on UMKM A) in the statuses the samples need, and an OPEN need to run matching on. */
export async function prepareMatchFixtures(fx: Pick<ActionFixtures, "companyId" | "umkmId" | "users">): Promise<void> {
  const need = await createTestNeed(db, fx.companyId);
  const umkm = async () => (await createTestUmkm(db)).id;
  ids.openNeed = need.id;
  ids.officer = (await createTestMatch(db, need.id, await umkm())).id;
  ids.firm = (
    await createTestMatch(db, need.id, await umkm(), { status: "APPROVED", approvedById: fx.users.PMPTSP_OFFICER.id })
  ).id;
  ids.owner = (
    await createTestMatch(db, need.id, fx.umkmId, { status: "APPROVED", approvedById: fx.users.PMPTSP_OFFICER.id })
  ).id;
  // The bulk decision's need is not the one runMatchingAction re-runs (a run may remove SUGGESTED rows).
  ids.bulkNeed = (await createTestNeed(db, fx.companyId)).id;
  ids.bulk = (await createTestMatch(db, ids.bulkNeed, await umkm())).id;
  ids.agreement = (await createTestMatch(db, need.id, await umkm(), { status: "ACCEPTED" })).id;
  ids.end = (await createTestMatch(db, need.id, await umkm(), { status: "AGREEMENT_SIGNED" })).id;
  await db.partnership.create({
    data: {
      matchId: ids.end,
      pattern: "SUBKONTRAK",
      valueRp: 10_000_000n,
      startDate: new Date("2026-01-01"),
      endDate: new Date("2026-12-31"),
      signedAt: new Date("2025-12-15"),
    },
  });
}

const version = async (id: string) =>
  String((await db.match.findUniqueOrThrow({ where: { id }, select: { version: true } })).version);
const decision = (key: keyof typeof ids, verb: string) => async () => [
  IDLE,
  form({ matchId: ids[key], verb, expectedVersion: await version(ids[key]), returnTo: "/matches" }),
];

/** Keyed by "file#name" as in tests/setup/access-manifest.ts. */
export const MATCH_ACTION_SAMPLES: Record<string, ActionSample> = {
  "app/(portal)/needs/[id]/matches/actions.ts#runMatchingAction": {
    args: async () => [IDLE, form({ needId: ids.openNeed })],
  },
  "app/(portal)/needs/[id]/matches/actions.ts#bulkDecisionAction": {
    args: async () => [
      IDLE,
      form({ needId: ids.bulkNeed, verb: "approve", selected: `${ids.bulk}:${await version(ids.bulk)}` }),
    ],
  },
  "app/(portal)/matches/actions.ts#officerDecisionAction": { args: decision("officer", "approve") },
  "app/(portal)/matches/actions.ts#firmDecisionAction": { scope: "company", args: decision("firm", "accept") },
  "app/(portal)/matches/actions.ts#confirmInterestAction": {
    scope: "umkm",
    args: decision("owner", "confirmInterest"),
  },
  "app/(portal)/matches/actions.ts#recordAgreementAction": {
    scope: "company",
    args: async () => [
      IDLE,
      form({
        matchId: ids.agreement,
        expectedVersion: await version(ids.agreement),
        pattern: "RANTAI_PASOK",
        valueRp: "Rp 250.000.000",
        startDate: "2026-03-01",
        endDate: "2027-02-28",
        signedAt: "2026-01-10",
        returnTo: "/introductions",
      }),
    ],
  },
  "app/(portal)/matches/actions.ts#endPartnershipAction": {
    scope: "company",
    args: async () => [
      IDLE,
      form({
        matchId: ids.end,
        expectedVersion: await version(ids.end),
        reason: "Kontrak selesai",
        returnTo: "/introductions",
      }),
    ],
  },
};
