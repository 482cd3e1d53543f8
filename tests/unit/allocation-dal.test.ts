import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import {
  decideProposals,
  getRun,
  listRuns,
  startAllocationRun,
  waitForAllocationRuns,
  type CandidateProvider,
} from "@/lib/dal/allocation/allocation";
import { candidateLimit, executeAllocationRun, retrievalConcurrency } from "@/lib/dal/allocation/allocation-run";
import { loadActiveWeights } from "@/lib/dal/matching/weights";
import type { MatchStatus } from "@/lib/generated/prisma/enums";
import type { ScoreBreakdown } from "@/lib/matching/types";
import type { SessionUser } from "@/lib/session-user";
import { addDays } from "@/prisma/seed/random";
import { createTestCompany, createTestNeed, createTestUmkm } from "@/prisma/seed/factories";
import { seedMatchingWeights } from "@/prisma/seed/weights";
import { ensureUmkmReference, sessionUser } from "../setup/umkm";

/** A breakdown whose score is `score` (the solver only reads the score; the page shows the rest). */
function breakdown(score: number): ScoreBreakdown {
  const component = { value: score / 100, weight: 1 / 7, points: score / 7 };
  return {
    score,
    components: {
      kbli: component,
      text: component,
      location: component,
      capacity: component,
      readiness: component,
      nomination: component,
      fairness: component,
    },
    reasons: [{ key: "kbliSame5", params: { code: "56210" } }],
    missingDocuments: [],
    weightsVersion: 1,
  };
}

/** Hand-made candidates per need; every other need in the shared test database has none. */
function provider(
  table: Record<string, [string, number][]>,
  calls: { needId: string; limit: number }[] = [],
): CandidateProvider {
  return async (needId, limit) => {
    calls.push({ needId, limit });
    return (table[needId] ?? []).map(([umkmId, score]) => ({ umkmId, breakdown: breakdown(score) }));
  };
}

async function runToEnd(user: SessionUser, candidatesFor: CandidateProvider) {
  const { id } = await startAllocationRun(user, { candidatesFor });
  await waitForAllocationRuns();
  return getRun(user, id);
}

const pairs = (run: Awaited<ReturnType<typeof getRun>>) =>
  run.groups.flatMap((g) => g.proposals.map((p) => `${g.needId}/${p.umkmId}`)).sort();

let officer: SessionUser;
let admin: SessionUser;
let companyId: string;

async function match(needId: string, umkmId: string, status: MatchStatus) {
  return db.match.create({
    data: { needId, umkmId, status, score: 50, scoreBreakdown: breakdown(50) as object },
    select: { id: true, version: true },
  });
}

beforeAll(async () => {
  await ensureUmkmReference();
  await seedMatchingWeights(db);
  [officer, admin] = [await sessionUser("PMPTSP_OFFICER"), await sessionUser("ADMIN")];
  companyId = (await createTestCompany(db)).id;
});

afterAll(async () => {
  await waitForAllocationRuns();
});

describe("portfolio allocation run", () => {
  let fixture: { n1: string; n2: string; n3: string; a: string; b: string; c: string; d: string; runId: string };

  it("proposes the optimal introductions within every slot and capacity, counting existing approved matches", async () => {
    const [n1, n2, n3] = [
      (await createTestNeed(db, companyId, { slots: 2 })).id,
      (await createTestNeed(db, companyId, { slots: 1, status: "MATCHING" })).id,
      (await createTestNeed(db, companyId, { slots: 2 })).id,
    ];
    const pastDeadline = (await createTestNeed(db, companyId, { responseDeadline: addDays(new Date(), -2) })).id;
    const draft = (await createTestNeed(db, companyId, { status: "DRAFT" })).id;
    const closed = (await createTestNeed(db, companyId, { status: "CLOSED" })).id;
    const [a, b, c, d, e] = [
      (await createTestUmkm(db, { capacity: 2 })).id,
      (await createTestUmkm(db)).id,
      (await createTestUmkm(db)).id,
      (await createTestUmkm(db)).id,
      (await createTestUmkm(db)).id,
    ];
    await match(n1, e, "APPROVED"); // n1: 2 slots − 1 approved = 1 left
    await match(closed, a, "ACCEPTED"); // a: capacity 2 − 1 accepted = 1 left
    await match(closed, d, "AGREEMENT_SIGNED"); // d: capacity 1 − 1 signed = none left
    await match(closed, b, "SUGGESTED"); // suggestions hold no capacity
    const calls: { needId: string; limit: number }[] = [];
    const run = await runToEnd(
      officer,
      provider(
        {
          [n1]: [
            [a, 90],
            [b, 70],
            [d, 95],
          ],
          [n2]: [
            [a, 85],
            [c, 40],
          ],
          [n3]: [
            [a, 70],
            [b, 75],
            [c, 60],
            [d, 99],
          ],
          [pastDeadline]: [[a, 100]],
          [draft]: [[b, 100]],
        },
        calls,
      ),
    );
    // Greedy by score would give a → n1 (90) … the optimum is a → n1, b → n3, c → n3 = 225 (a → n2 instead loses).
    expect(run.status).toBe("DONE");
    expect(pairs(run)).toEqual([`${n1}/${a}`, `${n3}/${b}`, `${n3}/${c}`].sort());
    expect(run.totalScore).toBe(225);
    expect(run.processed).toBe(run.needCount);
    expect(run.stats).toMatchObject({ proposals: 3 });
    expect(run.stats?.edges).toBeGreaterThanOrEqual(9);
    const asked = new Map(calls.map((call) => [call.needId, call.limit]));
    expect(asked.has(pastDeadline) || asked.has(draft) || asked.has(closed)).toBe(false);
    expect([asked.get(n1), asked.get(n2), asked.get(n3)]).toEqual([
      candidateLimit(1),
      candidateLimit(1),
      candidateLimit(2),
    ]);
    expect(candidateLimit(5)).toBe(15);
    // Proposals explain themselves and nothing became a match yet.
    const n3Group = run.groups.find((g) => g.needId === n3)!;
    expect(n3Group.proposals.map((p) => p.score)).toEqual([75, 60]);
    expect(n3Group.proposals[0]!.breakdown.reasons[0]).toEqual({ key: "kbliSame5", params: { code: "56210" } });
    expect(await db.match.count({ where: { needId: { in: [n1, n2, n3] }, status: { not: "APPROVED" } } })).toBe(0);
    // The officer who started the run is told the proposals are ready.
    expect(
      await db.notification.findFirst({
        where: { userId: officer.id, kind: "allocationFinished", link: `/allocation/${run.id}` },
      }),
    ).not.toBeNull();
    fixture = { n1, n2, n3, a, b, c, d, runId: run.id };
  });

  it("accepting creates SHORTLISTED matches of the run with an audit event; dismissing only marks; each proposal is decided once", async () => {
    const { n1, n3, a, b, c, runId } = fixture;
    // Meanwhile the need's matching suggested c for n3: accepting moves that match on (version check).
    const suggested = await match(n3, c, "SUGGESTED");
    await expect(
      decideProposals(
        officer,
        runId,
        [
          { needId: n1, umkmId: a },
          { needId: n3, umkmId: c },
        ],
        [{ needId: n3, umkmId: b }],
      ),
    ).resolves.toEqual({ accepted: 2, dismissed: 1 });
    const created = await db.match.findUniqueOrThrow({ where: { needId_umkmId: { needId: n1, umkmId: a } } });
    expect(created).toMatchObject({ status: "SHORTLISTED", allocationRunId: runId, version: 1 });
    expect(created.score.toNumber()).toBe(90);
    expect(await db.match.findUniqueOrThrow({ where: { id: suggested.id } })).toMatchObject({
      status: "SHORTLISTED",
      version: suggested.version + 1,
      allocationRunId: runId,
    });
    expect(await db.match.findUnique({ where: { needId_umkmId: { needId: n3, umkmId: b } } })).toBeNull();
    const audits = await db.auditEvent.findMany({
      where: { action: "match.shortlist", entityId: { in: [created.id, suggested.id] } },
      orderBy: { entityId: "asc" },
    });
    expect(audits).toHaveLength(2);
    for (const audit of audits)
      expect(audit).toMatchObject({ actorId: officer.id, toStatus: "SHORTLISTED", data: { allocationRunId: runId } });
    expect(audits.find((x) => x.entityId === suggested.id)?.fromStatus).toBe("SUGGESTED");
    const run = await getRun(admin, runId);
    expect(run.groups.flatMap((g) => g.proposals.map((p) => p.decision)).sort()).toEqual([
      "ACCEPTED",
      "ACCEPTED",
      "DISMISSED",
    ]);
    expect(run).toMatchObject({ accepted: 2, pending: 0 });
    // Twice: refused, nothing changes (not even the other, still valid, half of the request).
    const matchesBefore = await db.match.count();
    await expect(decideProposals(admin, runId, [{ needId: n1, umkmId: a }], [])).rejects.toMatchObject({
      code: "CONFLICT",
      message: "alreadyDecided",
    });
    await expect(decideProposals(admin, runId, [{ needId: n3, umkmId: b }], [])).rejects.toMatchObject({
      code: "CONFLICT",
    });
    await expect(decideProposals(admin, runId, [], [{ needId: n1, umkmId: a }])).rejects.toMatchObject({
      code: "CONFLICT",
    });
    expect(await db.match.count()).toBe(matchesBefore);
    expect(await db.match.findUnique({ where: { needId_umkmId: { needId: n3, umkmId: b } } })).toBeNull();
    await expect(decideProposals(officer, runId, [{ needId: n1, umkmId: c }], [])).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    await expect(decideProposals(officer, runId, [], [])).rejects.toMatchObject({ code: "INVALID_INPUT" });
  });

  it("two officers deciding the same proposal at once: exactly one succeeds", async () => {
    const need = (await createTestNeed(db, companyId)).id;
    const umkm = (await createTestUmkm(db)).id;
    const run = await runToEnd(officer, provider({ [need]: [[umkm, 66]] }));
    expect(pairs(run)).toEqual([`${need}/${umkm}`]);
    const results = await Promise.allSettled([
      decideProposals(officer, run.id, [{ needId: need, umkmId: umkm }], []),
      decideProposals(admin, run.id, [{ needId: need, umkmId: umkm }], []),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(await db.match.count({ where: { needId: need, umkmId: umkm, status: "SHORTLISTED" } })).toBe(1);
    expect(
      await db.auditEvent.count({
        where: { action: "match.shortlist", data: { path: ["allocationRunId"], equals: run.id } },
      }),
    ).toBe(1);
  });

  it("refuses a second run while one is running; a run without progress for 5 minutes shows as interrupted and no longer blocks", async () => {
    let release: () => void = () => {};
    const gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    const blocking: CandidateProvider = async () => {
      await gate;
      return [];
    };
    await createTestNeed(db, companyId); // at least one open need, so the run waits on the gate
    const first = await startAllocationRun(officer, { candidatesFor: blocking });
    await expect(startAllocationRun(admin, { candidatesFor: blocking })).rejects.toMatchObject({
      code: "CONFLICT",
      message: "runInProgress",
    });
    expect((await listRuns(officer)).find((r) => r.id === first.id)?.status).toBe("RUNNING");
    release();
    await waitForAllocationRuns();
    expect((await getRun(officer, first.id)).status).toBe("DONE");

    const stale = await db.allocationRun.create({
      data: {
        createdById: officer.id,
        needCount: 10,
        processed: 3,
        createdAt: new Date(Date.now() - 20 * 60_000),
        stats: { heartbeatAt: new Date(Date.now() - 6 * 60_000).toISOString() },
      },
    });
    expect((await listRuns(officer)).find((r) => r.id === stale.id)?.status).toBe("INTERRUPTED");
    const next = await startAllocationRun(officer, { candidatesFor: provider({}) });
    await waitForAllocationRuns();
    expect(await db.allocationRun.findUniqueOrThrow({ where: { id: stale.id } })).toMatchObject({
      status: "FAILED",
      error: expect.stringContaining("interrupted"),
    });
    expect((await getRun(officer, next.id)).status).toBe("DONE");
  });

  it("a failing retrieval marks the run FAILED with its message; its proposals cannot be decided", async () => {
    await createTestNeed(db, companyId);
    const run = await runToEnd(officer, async () => {
      throw new Error("retrieval exploded");
    });
    expect(run).toMatchObject({ status: "FAILED", error: "retrieval exploded", proposals: 0 });
    expect(run.finishedAt).not.toBeNull();
    await expect(
      decideProposals(officer, run.id, [{ needId: fixture.n2, umkmId: fixture.a }], []),
    ).rejects.toMatchObject({ code: "CONFLICT", message: "runNotDone" });
  });

  it("retrieves several needs at once within its connection budget (at most 4, at most half the pool) and reports every need done", async () => {
    expect([1, 2, 3, 4, 8, 10, 20].map((pool) => retrievalConcurrency(pool))).toEqual([1, 1, 1, 2, 4, 4, 4]);
    for (let i = 0; i < 6; i++) await createTestNeed(db, companyId);
    const weights = await loadActiveWeights(db);
    for (const concurrency of [1, 3]) {
      const run = await db.allocationRun.create({ data: { createdById: officer.id, weightsId: weights.id } });
      let inFlight = 0;
      let most = 0;
      const slow: CandidateProvider = async () => {
        inFlight += 1;
        most = Math.max(most, inFlight);
        await new Promise((resolve) => setTimeout(resolve, 15));
        inFlight -= 1;
        return [];
      };
      await executeAllocationRun(run.id, weights, slow, { concurrency });
      const done = await db.allocationRun.findUniqueOrThrow({ where: { id: run.id } });
      expect(done).toMatchObject({ status: "DONE", processed: done.needCount });
      expect(done.needCount).toBeGreaterThanOrEqual(6);
      expect(done.stats).toMatchObject({ retrievalConcurrency: concurrency });
      expect(most).toBe(concurrency);
    }
  });

  it("an unknown or malformed run id is NOT_FOUND", async () => {
    await expect(getRun(officer, "00000000-0000-4000-8000-00000000dead")).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(getRun(officer, "not-a-uuid")).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("DISKOP_STAFF, COMPANY_STAFF and UMKM_OWNER can neither start, see nor decide runs", async () => {
    const { runId, n2, a } = fixture;
    const runsBefore = await db.allocationRun.count();
    for (const role of ["DISKOP_STAFF", "COMPANY_STAFF", "UMKM_OWNER"] as const) {
      const user = await sessionUser(role, role === "COMPANY_STAFF" ? { companyId } : {});
      await expect(startAllocationRun(user, { candidatesFor: provider({}) }), role).rejects.toMatchObject({
        code: "FORBIDDEN",
      });
      await expect(listRuns(user), role).rejects.toMatchObject({ code: "FORBIDDEN" });
      await expect(getRun(user, runId), role).rejects.toMatchObject({ code: "FORBIDDEN" });
      await expect(decideProposals(user, runId, [{ needId: n2, umkmId: a }], []), role).rejects.toMatchObject({
        code: "FORBIDDEN",
      });
    }
    expect(await db.allocationRun.count()).toBe(runsBefore);
  });
});
