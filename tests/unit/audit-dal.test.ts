import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { listAuditEvents, AUDIT_PAGE_SIZE } from "@/lib/dal/audit";
import { AppError } from "@/lib/errors";
import { auditFiltersSchema } from "@/lib/audit/filters";
import type { Role } from "@/lib/generated/prisma/enums";
import type { SessionUser } from "@/lib/session-user";
import { createTestCompany, createTestUmkm, createTestUser } from "@/prisma/seed/factories";
import { truncateDomainTables } from "../setup/db";

// The audit log browser's data layer on the run's real database.

let admin: SessionUser;
const others: SessionUser[] = [];

function sessionUser(user: {
  id: string;
  email: string;
  role: Role;
  companyId: string | null;
  umkmId: string | null;
}): SessionUser {
  return { ...user, name: user.email, mustChangePassword: false };
}

const T0 = new Date("2026-03-10T10:00:00Z");

beforeAll(async () => {
  await truncateDomainTables();
  const company = await createTestCompany(db);
  const umkm = await createTestUmkm(db);
  admin = sessionUser(await createTestUser(db, "ADMIN", { email: "auditor@test.kemitraan.id" }));
  for (const [role, options] of [
    ["PMPTSP_OFFICER", {}],
    ["DISKOP_STAFF", {}],
    ["COMPANY_STAFF", { companyId: company.id }],
    ["UMKM_OWNER", { umkmId: umkm.id }],
  ] as const) {
    others.push(sessionUser(await createTestUser(db, role, options)));
  }
  const staff = others[2]!;
  // 120 sign-ins by the admin, one per minute (several share a timestamp to exercise the id tie-break).
  await db.auditEvent.createMany({
    data: Array.from({ length: 120 }, (_, i) => ({
      actorId: admin.id,
      action: "auth.sign_in",
      entityType: "user",
      entityId: admin.id,
      ip: "10.0.0.1",
      createdAt: new Date(T0.getTime() + Math.floor(i / 3) * 60_000),
    })),
  });
  await db.auditEvent.createMany({
    data: [
      {
        actorId: staff.id,
        action: "access.denied",
        entityType: "path",
        entityId: "/users",
        reason: "requires ADMIN",
        createdAt: new Date("2026-03-11T16:30:00Z"),
      },
      {
        actorId: null,
        action: "auth.sign_in_failed",
        reason: "unknown_email",
        data: { email: "ghost@example.org" },
        createdAt: new Date("2026-03-11T18:00:00Z"),
      },
    ],
  });
});

const filters = (input: Record<string, string> = {}) => auditFiltersSchema.parse(input);

describe("listAuditEvents", () => {
  it("refuses every role but ADMIN", async () => {
    for (const user of others)
      await expect(listAuditEvents(user, filters())).rejects.toMatchObject({ code: "FORBIDDEN" });
  });

  it("pages through everything newest first with a keyset cursor, without gaps or repeats", async () => {
    const seen: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const page = await listAuditEvents(admin, filters(), cursor);
      expect(page.rows.length).toBeLessThanOrEqual(AUDIT_PAGE_SIZE);
      seen.push(...page.rows.map((row) => row.id));
      cursor = page.nextCursor;
      pages++;
    } while (cursor);
    expect(pages).toBe(3);
    expect(new Set(seen).size).toBe(122);
    const all = await db.auditEvent.findMany({
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      select: { id: true },
    });
    expect(seen).toEqual(all.map((row) => row.id));
  });

  it("filters by action, entity and actor email, including emails typed at failed sign-ins", async () => {
    const denied = await listAuditEvents(admin, filters({ action: "access.denied" }));
    expect(denied.rows).toHaveLength(1);
    expect(denied.rows[0]).toMatchObject({ entityType: "path", entityId: "/users", actorEmail: others[2]!.email });
    expect((await listAuditEvents(admin, filters({ entityType: "user", entityId: admin.id }))).rows).toHaveLength(50);
    expect(
      (await listAuditEvents(admin, filters({ actor: "AUDITOR@test" }))).rows.every(
        (row) => row.actorEmail === admin.email,
      ),
    ).toBe(true);
    const ghost = await listAuditEvents(admin, filters({ actor: "ghost@" }));
    expect(ghost.rows).toEqual([
      expect.objectContaining({ action: "auth.sign_in_failed", actorEmail: null, attemptedEmail: "ghost@example.org" }),
    ]);
  });

  it("filters by date range in WIB, both ends inclusive", async () => {
    // 2026-03-11T16:30Z is 23:30 WIB on the 11th; 18:00Z is already 01:00 WIB on the 12th.
    const eleventh = await listAuditEvents(admin, filters({ from: "2026-03-11", to: "2026-03-11" }));
    expect(eleventh.rows.map((row) => row.action)).toEqual(["access.denied"]);
    const twelfth = await listAuditEvents(admin, filters({ from: "2026-03-12" }));
    expect(twelfth.rows.map((row) => row.action)).toEqual(["auth.sign_in_failed"]);
    expect((await listAuditEvents(admin, filters({ to: "2026-03-09" }))).rows).toEqual([]);
  });

  it("rejects a tampered cursor and an inverted date range", async () => {
    await expect(listAuditEvents(admin, filters(), "not-a-cursor")).rejects.toBeInstanceOf(AppError);
    expect(auditFiltersSchema.safeParse({ from: "2026-03-12", to: "2026-03-11" }).success).toBe(false);
    expect(auditFiltersSchema.safeParse({ from: "2026-13-45" }).success).toBe(false);
  });
});
