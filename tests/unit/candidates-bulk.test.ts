import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { listCandidateTable } from "@/lib/dal/matches/candidate-table";
import { decideMatchesInBulk } from "@/lib/dal/matches/match-bulk";
import { approveMatch, shortlistMatch } from "@/lib/dal/matches/matches";
import { compareScored } from "@/lib/matching/score";
import { bulkDecisionSchema, parseCandidateFilter } from "@/lib/validation/matches";
import {
  createTestCompany,
  createTestMatch,
  createTestNeed,
  createTestUmkm,
  sampleScoreBreakdown,
} from "@/prisma/seed/factories";
import { ensureUmkmReference, sessionUser } from "../setup/umkm";

// The candidates table (issue 14): bulk shortlist/approve with one version check per row through
// the single-match transitions, the tie-break, and the table's filters, sort and pages.

type Users = Record<"officer" | "admin" | "diskop" | "staff" | "owner", Awaited<ReturnType<typeof sessionUser>>>;
let users: Users;
let needId: string;
let otherNeedId: string;

async function suggested(forNeed = needId, score = 79.5) {
  const umkm = await createTestUmkm(db);
  return createTestMatch(db, forNeed, umkm.id, { score, scoreBreakdown: sampleScoreBreakdown(score) });
}

const auditCount = (entityId: string, action: string) => db.auditEvent.count({ where: { entityId, action } });

beforeAll(async () => {
  await ensureUmkmReference();
  const firm = await createTestCompany(db);
  needId = (await createTestNeed(db, firm.id, { slots: 10 })).id;
  otherNeedId = (await createTestNeed(db, firm.id)).id;
  users = {
    officer: await sessionUser("PMPTSP_OFFICER"),
    admin: await sessionUser("ADMIN"),
    diskop: await sessionUser("DISKOP_STAFF"),
    staff: await sessionUser("COMPANY_STAFF", { companyId: firm.id }),
    owner: await sessionUser("UMKM_OWNER"),
  };
}, 120_000);

describe("decideMatchesInBulk", () => {
  it("approves every fresh row and refuses the one someone changed in between, writing nothing to it", async () => {
    const [a, b, c] = [await suggested(), await suggested(), await suggested()];
    // Another officer shortlists b after the table was loaded (version 1 → 2).
    await shortlistMatch(users.admin, b.id, 1);
    const outcome = await decideMatchesInBulk(users.officer, "approve", needId, [
      { matchId: a.id, expectedVersion: 1 },
      { matchId: b.id, expectedVersion: 1 },
      { matchId: c.id, expectedVersion: 1 },
    ]);
    expect(outcome).toEqual({ done: [a.id, c.id], stale: [b.id], refused: [] });
    const rows = await db.match.findMany({ where: { id: { in: [a.id, b.id, c.id] } } });
    const byId = new Map(rows.map((row) => [row.id, row]));
    expect(byId.get(a.id)).toMatchObject({ status: "APPROVED", version: 2, approvedById: users.officer.id });
    expect(byId.get(c.id)).toMatchObject({ status: "APPROVED", version: 2 });
    expect(byId.get(b.id)).toMatchObject({ status: "SHORTLISTED", version: 2, approvedById: null });
    expect(await auditCount(a.id, "match.approve")).toBe(1);
    expect(await auditCount(b.id, "match.approve")).toBe(0);
  });

  it("shortlists; a row whose status no longer allows the verb, or of another need, is refused", async () => {
    const [a, approved, other] = [await suggested(), await suggested(), await suggested(otherNeedId)];
    await approveMatch(users.admin, approved.id, 1);
    const outcome = await decideMatchesInBulk(users.officer, "shortlist", needId, [
      { matchId: a.id, expectedVersion: 1 },
      { matchId: approved.id, expectedVersion: 2 },
      { matchId: other.id, expectedVersion: 1 },
      { matchId: a.id, expectedVersion: 1 },
    ]);
    expect(outcome).toEqual({ done: [a.id], stale: [], refused: [approved.id, other.id] });
    expect((await db.match.findUniqueOrThrow({ where: { id: other.id } })).status).toBe("SUGGESTED");
  });

  it.each(["diskop", "staff", "owner"] as const)(
    "%s may not decide in bulk: FORBIDDEN, nothing written",
    async (who) => {
      const a = await suggested();
      await expect(
        decideMatchesInBulk(users[who], "approve", needId, [{ matchId: a.id, expectedVersion: 1 }]),
      ).rejects.toMatchObject({ code: "FORBIDDEN" });
      expect((await db.match.findUniqueOrThrow({ where: { id: a.id } })).status).toBe("SUGGESTED");
    },
  );
});

describe("bulkDecisionSchema", () => {
  it("reads 'id:version' rows and refuses an empty or malformed selection", () => {
    const id = "0b6f2a52-4c1f-4d3e-9a51-3c7b9e1d2f10";
    expect(bulkDecisionSchema.parse({ needId: id, verb: "approve", selected: `${id}:3` }).selected).toEqual([
      { matchId: id, expectedVersion: 3 },
    ]);
    const empty = bulkDecisionSchema.safeParse({ needId: id, verb: "approve" });
    expect(empty.error?.issues[0]?.message).toBe("selectionRequired");
    expect(bulkDecisionSchema.safeParse({ needId: id, verb: "approve", selected: ["x:1"] }).success).toBe(false);
    expect(bulkDecisionSchema.safeParse({ needId: id, verb: "reject", selected: [`${id}:1`] }).success).toBe(false);
  });
});

describe("tie-break", () => {
  const breakdown = (score: number, readiness: number, location: number, capacity: number) => {
    const b = sampleScoreBreakdown(score);
    return {
      ...b,
      components: {
        ...b.components,
        readiness: { ...b.components.readiness, value: readiness },
        location: { ...b.components.location, value: location },
        capacity: { ...b.components.capacity, value: capacity },
      },
    };
  };

  it("orders equal scores by readiness, then location, then capacity, then id", () => {
    const rows = [
      { umkmId: "e", breakdown: breakdown(88.5, 1, 0.6, 1) },
      { umkmId: "d", breakdown: breakdown(88.5, 1, 0.6, 1) },
      { umkmId: "c", breakdown: breakdown(88.5, 1, 0.6, 0.5) },
      { umkmId: "b", breakdown: breakdown(88.5, 1, 1, 0.2) },
      { umkmId: "a", breakdown: breakdown(88.5, 0.5, 1, 1) },
      { umkmId: "z", breakdown: breakdown(90, 0, 0, 0) },
    ];
    expect(rows.sort(compareScored).map((row) => row.umkmId)).toEqual(["z", "b", "d", "e", "c", "a"]);
  });

  it("the candidates table ranks by the same rule and marks the tied rows", async () => {
    const firm = await createTestCompany(db);
    const need = await createTestNeed(db, firm.id);
    const make = async (readiness: number) => {
      const umkm = await createTestUmkm(db);
      return createTestMatch(db, need.id, umkm.id, { score: 88.5, scoreBreakdown: breakdown(88.5, readiness, 1, 1) });
    };
    const low = await make(0);
    const high = await make(1);
    const top = await createTestMatch(db, need.id, (await createTestUmkm(db)).id, {
      score: 91,
      scoreBreakdown: sampleScoreBreakdown(91),
    });
    const table = await listCandidateTable(users.officer, need.id, {});
    expect(table.rows.map((row) => [row.match.id, row.rank, row.tied])).toEqual([
      [top.id, 1, false],
      [high.id, 2, true],
      [low.id, 3, true],
    ]);
  });
});

describe("listCandidateTable filters, sort and pages", () => {
  it("narrows by scale and nomination, sorts by name, pages by 50 and refuses unknown URL values", async () => {
    const firm = await createTestCompany(db);
    const need = await createTestNeed(db, firm.id);
    const ids: string[] = [];
    for (let i = 0; i < 52; i += 1) {
      const umkm = await createTestUmkm(db, {
        businessName: `Usaha ${String.fromCharCode(90 - (i % 26))} ${i}`,
        ...(i === 0 ? { capitalRp: 2_000_000_000n, annualSalesRp: 5_000_000_000n } : {}),
      });
      ids.push(umkm.id);
      await createTestMatch(db, need.id, umkm.id, { score: 40 + i, scoreBreakdown: sampleScoreBreakdown(40 + i) });
    }
    await db.nomination.create({
      data: {
        umkmId: ids[5]!,
        reason: "Siap naik kelas",
        targetKbli: ["5621"],
        status: "VERIFIED",
        nominatedById: users.diskop.id,
      },
    });
    const all = await listCandidateTable(users.officer, need.id, {});
    expect([all.total, all.matching, all.pages, all.rows.length]).toEqual([52, 52, 2, 50]);
    expect((await listCandidateTable(users.officer, need.id, { page: 2 })).rows.map((r) => r.rank)).toEqual([51, 52]);
    // A page past the last shows the last.
    expect((await listCandidateTable(users.officer, need.id, { page: 9 })).page).toBe(2);
    const kecil = await listCandidateTable(users.officer, need.id, { scale: "KECIL" });
    expect(kecil.rows.map((r) => r.match.umkm.id)).toEqual([ids[0]]);
    const nominated = await listCandidateTable(users.officer, need.id, { nominated: "1" });
    expect(nominated.rows.map((r) => r.match.umkm.id)).toEqual([ids[5]]);
    const byName = await listCandidateTable(users.officer, need.id, { sort: "name" });
    const names = byName.rows.map((r) => r.match.umkm.businessName);
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, "id")));
    expect(parseCandidateFilter({ scale: "RAKSASA", page: "0", ready: "" })).toEqual({
      ok: false,
      invalid: ["scale", "page"],
    });
    expect(parseCandidateFilter({ ready: "1", sort: "name", page: "2" })).toEqual({
      ok: true,
      filter: { ready: "1", sort: "name", page: 2 },
    });
  });

  it("only offices read it", async () => {
    await expect(listCandidateTable(users.diskop, needId, {})).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});
