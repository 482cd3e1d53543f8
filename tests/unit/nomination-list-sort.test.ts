import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { listNominationPage } from "@/lib/dal/umkm/nominations";
import { pageOrFirst } from "@/lib/pagination/cursor";
import type { SessionUser } from "@/lib/session-user";
import { NOMINATION_SORTS, nominationListFilterSchema, type NominationListFilter } from "@/lib/validation/nomination";
import { createTestUmkm } from "@/prisma/seed/factories";
import { ensureUmkmReference, sessionUser } from "../setup/umkm";
import enNominations from "@/lib/i18n/messages/en/nominations.json";
import idNominations from "@/lib/i18n/messages/id/nominations.json";

// The nominations list's date order (issue 14, "column sorting where indexed"): both directions
// across page boundaries with ties broken by id, status tabs and visibility unchanged, and a
// refused sort or another order's cursor named instead of crashing.

let diskop: SessionUser;
let officer: SessionUser;
let owner: SessionUser;
let ownId: string;

const at = (minute: number) => new Date(Date.UTC(2026, 9, 1, 8, minute));

beforeAll(async () => {
  await ensureUmkmReference();
  [diskop, officer] = [await sessionUser("DISKOP_STAFF"), await sessionUser("PMPTSP_OFFICER")];
  // Nine nominations, three sharing one instant, two statuses; the first two of one UMKM (its owner's).
  const own = await createTestUmkm(db);
  owner = await sessionUser("UMKM_OWNER", { umkmId: own.id });
  const minutes = [4, 1, 4, 7, 2, 4, 9, 3, 6];
  for (const [index, minute] of minutes.entries()) {
    const umkmId = index < 2 ? own.id : (await createTestUmkm(db)).id;
    const row = await db.nomination.create({
      data: {
        umkmId,
        reason: "Urutan daftar",
        targetKbli: ["5621"],
        status: index % 3 === 0 ? "VERIFIED" : "WITHDRAWN",
        nominatedById: diskop.id,
        createdAt: at(minute),
      },
    });
    if (index < 2) ownId ??= row.id;
  }
}, 60_000);

/** Every page in `filter`'s order, `size` a page, as ids. */
async function allPages(user: SessionUser, filter: Omit<NominationListFilter, "cursor">, size: number) {
  const ids: string[] = [];
  let cursor: string | undefined;
  for (let guard = 0; guard < 200; guard += 1) {
    const page = await listNominationPage(user, { ...filter, cursor }, size);
    ids.push(...page.items.map((n) => n.id));
    if (!page.nextCursor) return ids;
    cursor = page.nextCursor;
  }
  throw new Error("no last page");
}

/** What the database holds, in order (ids break ties). */
async function expected(where: { status?: "VERIFIED" | "WITHDRAWN"; umkmId?: string }, dir: 1 | -1) {
  const rows = await db.nomination.findMany({ where, select: { id: true, createdAt: true } });
  return rows
    .sort((a, b) => dir * (a.createdAt.getTime() - b.createdAt.getTime() || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)))
    .map((r) => r.id);
}

describe("nominations list order", () => {
  it("lists newest first by default and oldest first on request, across page boundaries", async () => {
    for (const size of [2, 4]) {
      expect(await allPages(officer, {}, size)).toEqual(await expected({}, -1));
      expect(await allPages(officer, { sort: "date-desc" }, size)).toEqual(await expected({}, -1));
      expect(await allPages(officer, { sort: "date-asc" }, size)).toEqual(await expected({}, 1));
    }
  });

  it("keeps the status tab and each role's visibility in both orders", async () => {
    for (const status of ["VERIFIED", "WITHDRAWN"] as const) {
      expect(await allPages(officer, { status, sort: "date-asc" }, 2)).toEqual(await expected({ status }, 1));
      expect(await allPages(diskop, { status }, 2)).toEqual(await expected({ status }, -1));
    }
    const own = await db.nomination.findUniqueOrThrow({ where: { id: ownId }, select: { umkmId: true } });
    for (const sort of NOMINATION_SORTS) {
      const dir = sort === "date-asc" ? 1 : -1;
      const mine = await allPages(owner, { sort }, 1);
      expect(mine).toHaveLength(2);
      expect(mine).toEqual(await expected({ umkmId: own.umkmId }, dir));
      await expect(listNominationPage(await sessionUser("COMPANY_STAFF"), { sort })).rejects.toMatchObject({
        code: "FORBIDDEN",
      });
    }
  });

  it("refuses an unknown sort with a catalogue key, and another order's cursor", async () => {
    for (const sort of ["bogus", "date", "created_at asc", "score-desc"]) {
      const parsed = nominationListFilterSchema.safeParse({ sort });
      expect(parsed.error!.issues).toEqual([expect.objectContaining({ path: ["sort"], message: "sortInvalid" })]);
    }
    expect(nominationListFilterSchema.parse({ sort: "", status: "NOPE" })).toEqual({});
    expect(enNominations.sortInvalid && idNominations.sortInvalid).toBeTruthy();
    const newest = (await listNominationPage(officer, {}, 2)).nextCursor!;
    const oldest = (await listNominationPage(officer, { sort: "date-asc" }, 2)).nextCursor!;
    await expect(listNominationPage(officer, { sort: "date-asc", cursor: newest }, 2)).rejects.toMatchObject({
      code: "INVALID_INPUT",
      message: "cursorInvalid",
    });
    await expect(listNominationPage(officer, { cursor: oldest }, 2)).rejects.toMatchObject({
      message: "cursorInvalid",
    });
    const reset = await pageOrFirst(newest, (cursor) => listNominationPage(officer, { sort: "date-asc", cursor }, 2));
    expect(reset.isCursorInvalid).toBe(true);
    expect(reset.page.items.map((n) => n.id)).toEqual((await expected({}, 1)).slice(0, 2));
  });
});
