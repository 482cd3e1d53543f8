import { beforeAll, describe, expect, it, vi } from "vitest";

// Twenty officers approve the same SHORTLISTED match at the same moment. On PostgreSQL
// (TEST_DATABASE_URL) the transactions really overlap: the pool has a connection for each, and
// the conditional UPDATE (id, version, status) lets exactly one through; the others re-check
// the row after the winner commits, match nothing and get CONFLICT. PGlite serialises them,
// and the assertion holds there too.
vi.hoisted(() => {
  process.env.DB_POOL_MAX = "25";
});

const { db } = await import("@/lib/db");
const { approveMatch } = await import("@/lib/dal/matches/matches");
const { createTestCompany, createTestMatch, createTestNeed, createTestUmkm } = await import("@/prisma/seed/factories");
const { ensureUmkmReference, sessionUser } = await import("../setup/umkm");

const OFFICERS = 20;

describe("concurrent approvals of one match", () => {
  let officers: Awaited<ReturnType<typeof sessionUser>>[];
  beforeAll(async () => {
    await ensureUmkmReference();
    officers = [];
    for (let i = 0; i < OFFICERS; i += 1) officers.push(await sessionUser(i % 2 === 0 ? "PMPTSP_OFFICER" : "ADMIN"));
  });

  it(`${OFFICERS} simultaneous approvals: exactly one succeeds, ${OFFICERS - 1} get CONFLICT, one audit event, version up by one`, async () => {
    const firm = await createTestCompany(db);
    const need = await createTestNeed(db, firm.id);
    const match = await createTestMatch(db, need.id, (await createTestUmkm(db)).id, {
      status: "SHORTLISTED",
      version: 3,
    });

    const results = await Promise.allSettled(officers.map((officer) => approveMatch(officer, match.id, 3)));

    const won = results.filter((r) => r.status === "fulfilled");
    const lost = results.filter((r): r is PromiseRejectedResult => r.status === "rejected");
    expect(won).toHaveLength(1);
    expect(lost).toHaveLength(OFFICERS - 1);
    for (const { reason } of lost) expect(reason).toMatchObject({ code: "CONFLICT", message: "stale" });

    const winner = officers[results.findIndex((r) => r.status === "fulfilled")]!;
    const row = await db.match.findUniqueOrThrow({ where: { id: match.id } });
    expect(row).toMatchObject({ status: "APPROVED", version: 4, approvedById: winner.id });
    const audits = await db.auditEvent.findMany({ where: { entityType: "match", entityId: match.id } });
    expect(audits.map((a) => a.action)).toEqual(["match.approve"]);
    expect(audits[0]).toMatchObject({ actorId: winner.id, fromStatus: "SHORTLISTED", toStatus: "APPROVED" });
  });
});
