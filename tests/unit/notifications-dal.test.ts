import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import {
  countUnread,
  listMyNotifications,
  markRead,
  notifyUsers,
  NOTIFICATION_PAGE_SIZE,
  recipientsByRole,
  recipientsOfCompany,
  recipientsOfUmkm,
} from "@/lib/dal/notifications";
import { AppError } from "@/lib/errors";
import type { Role } from "@/lib/generated/prisma/enums";
import type { SessionUser } from "@/lib/session-user";
import { createTestCompany, createTestUmkm, createTestUser } from "@/prisma/seed/factories";
import { truncateDomainTables } from "../setup/db";
import { sessionUser } from "../setup/umkm";

// The notifications data layer on the run's real database (PGlite or PostgreSQL): idempotent
// inserts inside callers' transactions, recipients, and "own rows only" for every role.

const ROLES: Role[] = ["ADMIN", "PMPTSP_OFFICER", "DISKOP_STAFF", "COMPANY_STAFF", "UMKM_OWNER"];
const PARAMS = { umkm: "Katering Nauli", need: "Katering karyawan Martabe", firm: "PT Agincourt Resources" };

let users: Record<Role, SessionUser>;

beforeAll(async () => {
  await truncateDomainTables();
  users = Object.fromEntries(
    await Promise.all(ROLES.map(async (role) => [role, await sessionUser(role)] as const)),
  ) as Record<Role, SessionUser>;
});

const rowsOf = (userId: string) => db.notification.findMany({ where: { userId }, orderBy: { createdAt: "asc" } });

describe("notifyUsers", () => {
  it("inserts one row per user, counts a repeated id once and returns who was notified", async () => {
    const a = await sessionUser("DISKOP_STAFF");
    const b = await sessionUser("PMPTSP_OFFICER");
    const notified = await notifyUsers(db, {
      userIds: [a.id, b.id, a.id],
      kind: "matchApproved",
      params: PARAMS,
      link: "/matches/1",
    });
    expect(notified.sort()).toEqual([a.id, b.id].sort());
    const [row] = await rowsOf(a.id);
    expect(await rowsOf(a.id)).toHaveLength(1);
    expect(row).toMatchObject({
      kind: "matchApproved",
      params: PARAMS,
      link: "/matches/1",
      readAt: null,
      dedupeKey: null,
    });
  });

  it("is idempotent with a dedupe key: the second call notifies nobody, a new key notifies again", async () => {
    const a = await sessionUser("DISKOP_STAFF");
    const b = await sessionUser("DISKOP_STAFF");
    const input = {
      userIds: [a.id],
      kind: "matchShortlisted" as const,
      params: PARAMS,
      dedupeKey: `match:${randomUUID()}:v2`,
    };
    expect(await notifyUsers(db, input)).toEqual([a.id]);
    expect(await notifyUsers(db, input)).toEqual([]);
    // Same key, one user already notified and one new: only the new one is inserted.
    expect(await notifyUsers(db, { ...input, userIds: [a.id, b.id] })).toEqual([b.id]);
    expect(await notifyUsers(db, { ...input, dedupeKey: `${input.dedupeKey}-next` })).toEqual([a.id]);
    expect(await rowsOf(a.id)).toHaveLength(2);
    expect(await rowsOf(b.id)).toHaveLength(1);
  });

  it("skips disabled and unknown users", async () => {
    const disabled = await createTestUser(db, "PMPTSP_OFFICER", { isActive: false });
    const active = await sessionUser("PMPTSP_OFFICER");
    const notified = await notifyUsers(db, {
      userIds: [disabled.id, randomUUID(), "not-a-uuid", active.id],
      kind: "allocationFinished",
      params: { proposals: 3, needs: 2 },
    });
    expect(notified).toEqual([active.id]);
    expect(await rowsOf(disabled.id)).toHaveLength(0);
  });

  it("commits and rolls back with the caller's transaction", async () => {
    const a = await sessionUser("COMPANY_STAFF");
    await expect(
      db.$transaction(async (tx) => {
        expect(await notifyUsers(tx, { userIds: [a.id], kind: "matchAccepted", params: PARAMS })).toEqual([a.id]);
        throw new Error("the transition failed");
      }),
    ).rejects.toThrow("the transition failed");
    expect(await rowsOf(a.id)).toHaveLength(0);
    await db.$transaction(async (tx) => notifyUsers(tx, { userIds: [a.id], kind: "matchAccepted", params: PARAMS }));
    expect(await rowsOf(a.id)).toHaveLength(1);
  });

  it("refuses a link that leaves the portal and inserts nothing", async () => {
    const a = await sessionUser("ADMIN");
    for (const link of ["https://evil.example/", "//evil.example/x", "javascript:alert(1)", "/\\evil.example"]) {
      await expect(
        notifyUsers(db, { userIds: [a.id], kind: "matchApproved", params: PARAMS, link }),
      ).rejects.toBeInstanceOf(AppError);
    }
    expect(await rowsOf(a.id)).toHaveLength(0);
  });
});

describe("recipients", () => {
  it("recipientsOfCompany: the firm's active staff only", async () => {
    const [firm, other] = [await createTestCompany(db), await createTestCompany(db)];
    const staff = await createTestUser(db, "COMPANY_STAFF", { companyId: firm.id });
    await createTestUser(db, "COMPANY_STAFF", { companyId: firm.id, isActive: false });
    await createTestUser(db, "COMPANY_STAFF", { companyId: other.id });
    expect(await recipientsOfCompany(db, firm.id)).toEqual([staff.id]);
    expect(await recipientsOfCompany(db, "nope")).toEqual([]);
  });

  it("recipientsOfUmkm: the UMKM's active owners only", async () => {
    const [umkm, other] = [await createTestUmkm(db), await createTestUmkm(db)];
    const owners = [
      await createTestUser(db, "UMKM_OWNER", { umkmId: umkm.id }),
      await createTestUser(db, "UMKM_OWNER", { umkmId: umkm.id }),
    ];
    await createTestUser(db, "UMKM_OWNER", { umkmId: umkm.id, isActive: false });
    await createTestUser(db, "UMKM_OWNER", { umkmId: other.id });
    expect((await recipientsOfUmkm(db, umkm.id)).sort()).toEqual(owners.map((o) => o.id).sort());
  });

  it("recipientsByRole: every active user of those roles and nobody else", async () => {
    const disabled = await createTestUser(db, "PMPTSP_OFFICER", { isActive: false });
    const officers = await recipientsByRole(db, ["PMPTSP_OFFICER"]);
    const expected = await db.user.findMany({
      where: { role: "PMPTSP_OFFICER", isActive: true },
      select: { id: true },
    });
    expect(officers.sort()).toEqual(expected.map((u) => u.id).sort());
    expect(officers).not.toContain(disabled.id);
    expect(officers).not.toContain(users.ADMIN.id);
    expect(await recipientsByRole(db, [])).toEqual([]);
  });
});

describe("a user sees and changes only their own notifications", () => {
  for (const role of ROLES) {
    it(`${role}: lists, counts and marks only their own`, async () => {
      const me = await sessionUser(role);
      const someoneElse = await sessionUser(role === "ADMIN" ? "PMPTSP_OFFICER" : "ADMIN");
      await notifyUsers(db, {
        userIds: [me.id, someoneElse.id],
        kind: "matchApproved",
        params: PARAMS,
        link: "/dashboard",
      });
      await notifyUsers(db, {
        userIds: [someoneElse.id],
        kind: "matchDeclined",
        params: { ...PARAMS, reason: "Kapasitas belum cukup" },
      });
      const theirs = await rowsOf(someoneElse.id);

      const mine = await listMyNotifications(me);
      expect(mine.rows.map((r) => r.kind)).toEqual(["matchApproved"]);
      expect(await countUnread(me)).toBe(1);

      // Marking another user's notification by id changes nothing.
      expect(
        await markRead(
          me,
          theirs.map((r) => r.id),
        ),
      ).toBe(0);
      expect((await rowsOf(someoneElse.id)).map((r) => r.readAt)).toEqual([null, null]);
      // "All" is all of mine, none of theirs.
      expect(await markRead(me, "all")).toBe(1);
      expect(await countUnread(me)).toBe(0);
      expect(await countUnread(someoneElse)).toBe(2);
    });
  }

  it("markRead of own ids marks just those, once; invalid ids are ignored", async () => {
    const me = await sessionUser("UMKM_OWNER");
    for (let i = 0; i < 3; i += 1) await notifyUsers(db, { userIds: [me.id], kind: "agreementSigned", params: PARAMS });
    const [first, second] = (await listMyNotifications(me)).rows;
    expect(await markRead(me, [first!.id, "not-a-uuid"])).toBe(1);
    expect(await markRead(me, [first!.id])).toBe(0);
    expect(await markRead(me, [])).toBe(0);
    const after = await listMyNotifications(me);
    expect(after.rows.find((r) => r.id === first!.id)?.readAt).toBeInstanceOf(Date);
    expect(after.rows.find((r) => r.id === second!.id)?.readAt).toBeNull();
    expect(await countUnread(me)).toBe(2);
  });

  it("pages newest first with a keyset cursor, without repeats or gaps, and refuses a forged cursor", async () => {
    const me = await sessionUser("PMPTSP_OFFICER");
    const total = NOTIFICATION_PAGE_SIZE + 5;
    for (let i = 0; i < total; i += 1)
      await notifyUsers(db, { userIds: [me.id], kind: "allocationFinished", params: { proposals: i, needs: 1 } });
    const first = await listMyNotifications(me);
    expect(first.rows).toHaveLength(NOTIFICATION_PAGE_SIZE);
    expect(first.nextCursor).not.toBeNull();
    const second = await listMyNotifications(me, { cursor: first.nextCursor });
    expect(second.rows).toHaveLength(5);
    expect(second.nextCursor).toBeNull();
    // Newest first; notifications created in the same millisecond (timestamp(3)) are ordered by
    // id, so the expected order is the table's own (createdAt desc, id desc), not creation order.
    const expected = await db.notification.findMany({
      where: { userId: me.id },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      select: { id: true },
    });
    expect(expected).toHaveLength(total);
    expect([...first.rows, ...second.rows].map((r) => r.id)).toEqual(expected.map((r) => r.id));
    await expect(listMyNotifications(me, { cursor: "bm90LWEtY3Vyc29y" })).rejects.toMatchObject({
      code: "INVALID_INPUT",
    });
  });
});
