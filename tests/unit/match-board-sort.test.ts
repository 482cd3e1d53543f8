import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { listMatchBoard } from "@/lib/dal/matches/match-board";
import { pageOrFirst } from "@/lib/pagination/cursor";
import { MATCH_BOARD_SORTS, matchBoardFilterSchema, type MatchBoardFilter } from "@/lib/validation/matches";
import type { MatchViewer } from "@/lib/dal/matches/match-visibility";
import { createTestCompany, createTestMatch, createTestNeed, createTestUmkm } from "@/prisma/seed/factories";
import { ensureUmkmReference, sessionUser } from "../setup/umkm";
import enMatching from "@/lib/i18n/messages/en/matching.json";
import idMatching from "@/lib/i18n/messages/id/matching.json";

// The matches board's orders (issue 14, "column sorting where indexed"): each order right in
// both directions across page boundaries (ties broken by id), visibility unchanged in every
// order, and a refused sort named instead of crashing.

type World = Awaited<ReturnType<typeof buildWorld>>;
let w: World;

const at = (minute: number) => new Date(Date.UTC(2026, 10, 1, 8, minute));

async function buildWorld() {
  const firm = await createTestCompany(db, { name: "PT Urut Uji" });
  const need = await createTestNeed(db, firm.id, { title: "Kebutuhan urutan" });
  const otherNeed = await createTestNeed(db, firm.id, { title: "Kebutuhan lain" });
  const officer = await sessionUser("PMPTSP_OFFICER");
  const diskop = await sessionUser("DISKOP_STAFF");
  const staff = await sessionUser("COMPANY_STAFF", { companyId: firm.id });
  // Seven matches of `need`: scores with ties (88.5 ×3) and changes with ties (minute 5 ×2).
  const plan = [
    { score: 88.5, minute: 5 },
    { score: 70, minute: 1 },
    { score: 88.5, minute: 9 },
    { score: 95.25, minute: 5 },
    { score: 88.5, minute: 3 },
    { score: 40, minute: 7 },
    { score: 100, minute: 2 },
  ];
  const matches: { id: string; umkmId: string; score: number; updatedAt: Date }[] = [];
  for (const [index, { score, minute }] of plan.entries()) {
    const umkm = await createTestUmkm(db);
    const created = await createTestMatch(db, need.id, umkm.id, { score });
    await db.match.update({ where: { id: created.id }, data: { updatedAt: at(minute) } });
    if (index % 2 === 0)
      await db.nomination.create({
        data: { umkmId: umkm.id, reason: "Urutan", targetKbli: ["5621"], status: "VERIFIED", nominatedById: diskop.id },
      });
    matches.push({ id: created.id, umkmId: umkm.id, score, updatedAt: at(minute) });
  }
  // A match of another need, changed in between: in the need-less orders only.
  const stray = await createTestMatch(db, otherNeed.id, (await createTestUmkm(db)).id, { score: 60 });
  await db.match.update({ where: { id: stray.id }, data: { updatedAt: at(4) } });
  const nominated = new Set(matches.filter((_, index) => index % 2 === 0).map((m) => m.id));
  return { need, otherNeed, officer, diskop, staff, matches, stray, nominated };
}

beforeAll(async () => {
  await ensureUmkmReference();
  w = await buildWorld();
}, 60_000);

/** Every page of the board in `filter`'s order, `size` rows a page, as ids. */
async function allPages(viewer: MatchViewer, filter: MatchBoardFilter, size: number) {
  const ids: string[] = [];
  let after: string | undefined;
  for (let guard = 0; guard < 100; guard += 1) {
    const page = await listMatchBoard(viewer, { ...filter, after }, size);
    expect(page.items.length).toBeLessThanOrEqual(size);
    ids.push(...page.items.map((item) => item.id));
    if (!page.nextCursor) return ids;
    after = page.nextCursor;
  }
  throw new Error("no last page");
}

const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
const expectedScore = (rows: World["matches"], dir: 1 | -1) =>
  [...rows].sort((a, b) => dir * (a.score - b.score || byId(a, b))).map((m) => m.id);
const expectedUpdated = (rows: { id: string; updatedAt: Date }[], dir: 1 | -1) =>
  [...rows].sort((a, b) => dir * (a.updatedAt.getTime() - b.updatedAt.getTime() || byId(a, b))).map((m) => m.id);

describe("matches board orders", () => {
  it("sorts by score within a need, both directions, ties by id, across page boundaries", async () => {
    for (const size of [2, 3]) {
      const high = await allPages(w.officer, { need: w.need.id, sort: "score-desc" }, size);
      expect(high).toEqual(expectedScore(w.matches, -1));
      const low = await allPages(w.officer, { need: w.need.id, sort: "score-asc" }, size);
      expect(low).toEqual(expectedScore(w.matches, 1));
    }
  });

  it("sorts by last change, newest or oldest first, ties by id, across page boundaries", async () => {
    const mine = [...w.matches, { id: w.stray.id, updatedAt: at(4) }];
    const newest = await allPages(w.officer, { need: w.need.id }, 2);
    expect(newest).toEqual(expectedUpdated(w.matches, -1));
    expect(await allPages(w.officer, { need: w.need.id, sort: "updated-desc" }, 2)).toEqual(newest);
    expect(await allPages(w.officer, { need: w.need.id, sort: "updated-asc" }, 3)).toEqual(
      expectedUpdated(w.matches, 1),
    );
    // Without a need the board holds the other need's match too, in its place.
    const all = await db.match.findMany({ select: { id: true, updatedAt: true } });
    const everyOldest = await allPages(w.officer, { sort: "updated-asc" }, 4);
    expect(everyOldest).toEqual(expectedUpdated(all, 1));
    expect(await allPages(w.officer, {}, 4)).toEqual(expectedUpdated(all, -1));
    expect(everyOldest.filter((id) => mine.some((m) => m.id === id))).toEqual(expectedUpdated(mine, 1));
  });

  it("keeps the status tab under every order", async () => {
    const first = w.matches[1]!;
    await db.match.update({ where: { id: first.id }, data: { status: "SHORTLISTED", updatedAt: first.updatedAt } });
    try {
      for (const sort of MATCH_BOARD_SORTS) {
        const ids = await allPages(w.officer, { need: w.need.id, status: "SHORTLISTED", sort }, 1);
        expect(ids, sort).toEqual([first.id]);
      }
    } finally {
      await db.match.update({ where: { id: first.id }, data: { status: "SUGGESTED", updatedAt: first.updatedAt } });
    }
  });

  it("shows Diskop only its nominees' matches in every order; a firm still has no board", async () => {
    const nominated = w.matches.filter((m) => w.nominated.has(m.id));
    expect(await allPages(w.diskop, { need: w.need.id, sort: "score-desc" }, 2)).toEqual(expectedScore(nominated, -1));
    expect(await allPages(w.diskop, { need: w.need.id, sort: "score-asc" }, 2)).toEqual(expectedScore(nominated, 1));
    expect(await allPages(w.diskop, { sort: "updated-asc" }, 2)).toEqual(expectedUpdated(nominated, 1));
    expect(await allPages(w.diskop, {}, 2)).toEqual(expectedUpdated(nominated, -1));
    for (const sort of MATCH_BOARD_SORTS)
      await expect(listMatchBoard(w.staff, { need: w.need.id, sort })).rejects.toMatchObject({ code: "FORBIDDEN" });
  });

  it("refuses an unknown sort and a score order without a need, with catalogue keys", async () => {
    for (const sort of ["bogus", "score", "updated_at desc", "'; DROP TABLE matches;--"]) {
      const parsed = matchBoardFilterSchema.safeParse({ sort });
      expect(parsed.success).toBe(false);
      expect(parsed.error!.issues).toEqual([expect.objectContaining({ path: ["sort"], message: "sortInvalid" })]);
    }
    expect(matchBoardFilterSchema.safeParse({ sort: ["updated-asc", "score-asc"] }).success).toBe(false);
    const noNeed = matchBoardFilterSchema.safeParse({ sort: "score-desc" });
    expect(noNeed.error!.issues).toEqual([expect.objectContaining({ path: ["sort"], message: "sortScoreNeedsNeed" })]);
    expect(matchBoardFilterSchema.parse({ sort: "", need: w.need.id }).sort).toBeUndefined();
    expect(matchBoardFilterSchema.parse({ sort: "score-asc", need: w.need.id }).sort).toBe("score-asc");
    await expect(listMatchBoard(w.officer, { sort: "score-asc" })).rejects.toMatchObject({
      code: "INVALID_INPUT",
      message: "sortScoreNeedsNeed",
    });
    for (const catalogue of [idMatching, enMatching]) {
      expect(catalogue.board.sortInvalid).toBeTruthy();
      expect(catalogue.board.sortScoreNeedsNeed).toBeTruthy();
      for (const sort of MATCH_BOARD_SORTS) expect(catalogue.board.sort[sort]).toBeTruthy();
    }
  });

  it("refuses a cursor made in another order (the page then shows the first page)", async () => {
    const orders = MATCH_BOARD_SORTS.map((sort) => ({ need: w.need.id, sort }));
    const cursors = await Promise.all(
      orders.map(async (filter) => (await listMatchBoard(w.officer, filter, 2)).nextCursor!),
    );
    for (const [i, filter] of orders.entries())
      for (const [j, cursor] of cursors.entries()) {
        if (i === j) continue;
        await expect(
          listMatchBoard(w.officer, { ...filter, after: cursor }, 2),
          `${filter.sort} ← ${j}`,
        ).rejects.toMatchObject({
          code: "INVALID_INPUT",
          message: "cursorInvalid",
        });
      }
    const reset = await pageOrFirst(cursors[0], (after) => listMatchBoard(w.officer, { ...orders[2]!, after }, 2));
    expect(reset.isCursorInvalid).toBe(true);
    expect(reset.page.items.map((i) => i.id)).toEqual(expectedScore(w.matches, -1).slice(0, 2));
  });
});
