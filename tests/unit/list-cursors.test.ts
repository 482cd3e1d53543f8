import { beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import * as needRoute from "@/app/api/v1/needs/route";
import { problemSchema } from "@/lib/api/schemas";
import { db } from "@/lib/db";
import { issueApiToken } from "@/lib/dal/api/api-tokens";
import { listAuditEvents } from "@/lib/dal/audit";
import { listMatchBoard } from "@/lib/dal/matches/match-board";
import { listNeeds } from "@/lib/dal/needs/needs";
import { listMyNotifications, notifyUsers } from "@/lib/dal/notifications";
import { listUmkm } from "@/lib/dal/umkm/umkm";
import { AppError } from "@/lib/errors";
import {
  cursorCodec,
  cursorField,
  idCursor,
  instantIdCursor,
  isInvalidCursorError,
  pageOrFirst,
} from "@/lib/pagination/cursor";
import type { SessionUser } from "@/lib/session-user";
import { needFilterSchema } from "@/lib/validation/needs";
import { createTestMatch, createTestNeed, createTestUmkm } from "@/prisma/seed/factories";
import { ensureUmkmReference, sessionUser } from "../setup/umkm";
import { createNeedWorld } from "./needs-fixtures";

// Issue 11: `/needs?cursor=eyJ4IjoiJyBPUiAxPTEtLSJ9` (`{"x":"' OR 1=1--"}`) gave a 500 page.
// One codec decodes every list's cursor; a cursor a list did not make is INVALID_INPUT
// (`cursorInvalid`: 400 in the API) and pages show the first page instead.

const ISSUE_CURSOR = "eyJ4IjoiJyBPUiAxPTEtLSJ9";
const UUID = "0b0c3a1e-8f51-4c6e-9a53-6f0a3c2d9e11";
const b64 = (value: unknown) =>
  Buffer.from(typeof value === "string" ? value : JSON.stringify(value)).toString("base64url");
const at = "2026-03-01T02:03:04.005Z";

/** Cursors of the right encoding that no (timestamp, id) list ever issued. */
const WRONG_INSTANT_ID = {
  issue: ISSUE_CURSOR,
  notBase64url: "eyJ0Ijo+PiJ9",
  notJson: b64("not json"),
  tooLong: "A".repeat(401),
  idNotUuid: b64({ t: at, id: "-".repeat(36) }),
  yearZero: b64({ t: "0000-01-01T00:00:00.000Z", id: UUID }),
  looseDate: b64({ t: "1", id: UUID }),
  extraKey: b64({ t: at, id: UUID, x: "' OR 1=1--" }),
};

async function cursorErrorOf(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error, "the list accepted a cursor it never issued").toBeInstanceOf(AppError);
  expect(isInvalidCursorError(error)).toBe(true);
  expect(error).toMatchObject({
    code: "INVALID_INPUT",
    message: "cursorInvalid",
    details: { fieldErrors: { cursor: ["cursorInvalid"] } },
  });
  return error as AppError;
}

describe("the cursor codec", () => {
  const codec = cursorCodec(z.object({ t: cursorField.instant, id: cursorField.id }));

  it("round-trips what it encodes", () => {
    const raw = codec.encode({ t: at, id: UUID });
    expect(raw).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(codec.decode(raw)).toEqual({ t: at, id: UUID });
    expect(codec.parse(raw)).toEqual({ t: at, id: UUID });
    expect(idCursor.decode(idCursor.encode({ id: UUID }))).toEqual({ id: UUID });
  });

  it("decodes anything it did not make to null, and parse() raises cursorInvalid", () => {
    for (const [name, raw] of Object.entries(WRONG_INSTANT_ID)) {
      expect(codec.decode(raw), name).toBeNull();
      expect(() => codec.parse(raw), name).toThrow(AppError);
    }
    expect(instantIdCursor.decode(idCursor.encode({ id: UUID }))).toBeNull(); // another list's cursor
  });

  it("treats an absent cursor as the first page", () => {
    for (const raw of [undefined, null, ""]) expect(codec.parse(raw)).toBeNull();
  });

  it("pageOrFirst loads the first page for a refused cursor and says so; other errors propagate", async () => {
    const load = async (cursor: string | undefined) => ({ start: codec.parse(cursor)?.id ?? "first" });
    expect(await pageOrFirst(codec.encode({ t: at, id: UUID }), load)).toEqual({
      page: { start: UUID },
      isCursorInvalid: false,
    });
    expect(await pageOrFirst(ISSUE_CURSOR, load)).toEqual({ page: { start: "first" }, isCursorInvalid: true });
    expect(await pageOrFirst(undefined, load)).toEqual({ page: { start: "first" }, isCursorInvalid: false });
    await expect(
      pageOrFirst(ISSUE_CURSOR, async () => {
        throw new AppError("FORBIDDEN");
      }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});

describe("every list refuses a cursor it did not make (never a database error)", () => {
  let w: Awaited<ReturnType<typeof createNeedWorld>>;
  let officer: SessionUser;
  let admin: SessionUser;
  let token: string;

  beforeAll(async () => {
    await ensureUmkmReference();
    w = await createNeedWorld(db);
    const need = await createTestNeed(db, w.firmA.id, { title: "Katering kursor" });
    await createTestNeed(db, w.firmB.id, { title: "Sewa mobil kursor" });
    for (let i = 0; i < 3; i += 1) await createTestMatch(db, need.id, (await createTestUmkm(db)).id);
    [officer, admin] = [await sessionUser("PMPTSP_OFFICER"), await sessionUser("ADMIN")];
    await notifyUsers(db, {
      userIds: [officer.id],
      kind: "matchApproved",
      params: { umkm: "U", need: "N", firm: "F" },
      link: "/matches",
    });
    const staff: SessionUser = {
      id: w.users.staffA.id,
      email: w.users.staffA.email,
      name: "Uji",
      role: "COMPANY_STAFF",
      companyId: w.firmA.id,
      umkmId: null,
      mustChangePassword: false,
    };
    token = (await issueApiToken(staff, w.firmA.id, "ERP kursor")).token;
  });

  it("needs: the issue's cursor, an oversized value key, a malformed id, another sort's cursor", async () => {
    const filter = (sort: string, cursor: string) => needFilterSchema.parse({ sort, cursor, limit: "2" });
    await cursorErrorOf(listNeeds(w.officer, filter("deadline", ISSUE_CURSOR)));
    await cursorErrorOf(listNeeds(w.officer, filter("value", b64({ s: "value", k: "9".repeat(30), id: UUID }))));
    await cursorErrorOf(listNeeds(w.officer, filter("newest", b64({ s: "newest", k: at, id: "-".repeat(36) }))));
    await cursorErrorOf(
      listNeeds(w.officer, filter("deadline", b64({ s: "deadline", k: "0000-01-01T00:00:00.000Z", id: UUID }))),
    );
    const next = (await listNeeds(w.officer, needFilterSchema.parse({ sort: "newest", limit: "1" }))).nextCursor!;
    await cursorErrorOf(listNeeds(w.officer, filter("deadline", next)));
    await expect(listNeeds(w.officer, filter("newest", next))).resolves.toMatchObject({ items: expect.any(Array) });
  });

  it("needs through the API: 400 problem+json on `cursor`", async () => {
    const response = await needRoute.GET(
      new Request(`http://portal.test/api/v1/needs?cursor=${ISSUE_CURSOR}`, {
        headers: { Authorization: `Bearer ${token}` },
      }),
    );
    expect(response.status).toBe(400);
    expect(problemSchema.parse(await response.json()).errors).toEqual([
      { path: "cursor", code: "cursorInvalid", message: "Invalid page." },
    ]);
  });

  it("matches board, audit log, notifications, UMKM registry", async () => {
    for (const [name, raw] of Object.entries(WRONG_INSTANT_ID)) {
      await cursorErrorOf(listMatchBoard(officer, { after: raw })).catch((e) => {
        throw new Error(`board ${name}: ${e}`);
      });
      await cursorErrorOf(listAuditEvents(admin, {}, raw)).catch((e) => {
        throw new Error(`audit ${name}: ${e}`);
      });
      await cursorErrorOf(listMyNotifications(officer, { cursor: raw })).catch((e) => {
        throw new Error(`notifications ${name}: ${e}`);
      });
    }
    for (const raw of [ISSUE_CURSOR, UUID, b64({ id: "-".repeat(36) }), instantIdCursor.encode({ t: at, id: UUID })])
      await cursorErrorOf(listUmkm(officer, {}, raw));
  });

  it("a page shows the first page instead (pageOrFirst over the real lists)", async () => {
    const board = await pageOrFirst(ISSUE_CURSOR, (after) => listMatchBoard(officer, { after }));
    expect(board.isCursorInvalid).toBe(true);
    expect(board.page.items.map((i) => i.id)).toEqual((await listMatchBoard(officer, {})).items.map((i) => i.id));
    const registry = await pageOrFirst(ISSUE_CURSOR, (after) => listUmkm(officer, {}, after ?? null, 5));
    expect(registry.isCursorInvalid).toBe(true);
    expect(registry.page.items.map((i) => i.id)).toEqual((await listUmkm(officer, {}, null, 5)).items.map((i) => i.id));
    const needs = await pageOrFirst(ISSUE_CURSOR, (cursor) => listNeeds(w.officer, needFilterSchema.parse({ cursor })));
    expect(needs.isCursorInvalid).toBe(true);
    expect(needs.page.items.length).toBeGreaterThan(0);
  });

  it("the lists' own cursors still page forward", async () => {
    const first = await listUmkm(officer, {}, null, 2);
    expect(first.nextCursor).not.toBeNull();
    const second = await listUmkm(officer, {}, first.nextCursor, 2);
    expect(second.items[0]!.id > first.items[1]!.id).toBe(true);
  });
});
