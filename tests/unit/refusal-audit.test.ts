import { randomUUID } from "node:crypto";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { Interrupt } from "../setup/next-mocks";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { createTestCompany, createTestUmkm, createTestUser } from "@/prisma/seed/factories";
import { truncateDomainTables } from "../setup/db";

// A FORBIDDEN raised by the data layer (not only by requireRole) is audited as one
// `access.denied` row, at the one step every converter of data-layer errors starts with
// (settleAppError, lib/security/refusals.ts): server actions' form states, route handlers'
// problem+json, the API's problems and pages. lib/auth.ts runs for real; next-auth's cookie
// decoding and Next.js' request APIs are replaced.

// The API wrapper's rate limiter queries through the app's pool: one connection on the embedded
// database (ARCHITECTURE.md: its socket server interleaves concurrent connections' statements).
vi.hoisted(() => {
  process.env.DB_POOL_MAX = process.env.TEST_DATABASE_URL ? "10" : "1";
});

const session = vi.hoisted(() => ({ token: null as null | { uid: string; sv: number; authTime: number } }));

vi.mock("next-auth", async (importOriginal) => ({
  ...(await importOriginal<typeof import("next-auth")>()),
  getServerSession: async () => session.token,
}));
vi.mock("next/navigation", async () => (await import("../setup/next-mocks")).navigationMock());
vi.mock("next/cache", async () => (await import("../setup/next-mocks")).cacheMock());
vi.mock("next/headers", async () =>
  (await import("../setup/next-mocks")).headersMock({
    "x-forwarded-for": "203.0.113.44",
    "x-portal-path": "/needs/new",
  }),
);

const { settleAppError, answerPageError } = await import("@/lib/security/refusals");
const { errorState } = await import("@/lib/forms/form-action");
const { problemFromAppError } = await import("@/lib/http/problem");
const { apiRoute } = await import("@/lib/api/handler");
const { issueApiToken } = await import("@/lib/dal/api/api-tokens");

const denied = () =>
  db.auditEvent.findMany({
    where: { action: "access.denied" },
    select: { actorId: true, entityType: true, entityId: true, reason: true, ip: true, data: true },
  });

async function signInAs(
  role: "UMKM_OWNER" | "COMPANY_STAFF" | "ADMIN",
  scope: { umkmId?: string; companyId?: string } = {},
) {
  const user = await createTestUser(db, role, scope);
  session.token = { uid: user.id, sv: 1, authTime: Math.floor(Date.now() / 1000) };
  return user;
}

beforeEach(async () => {
  session.token = null;
  await truncateDomainTables();
});

describe("data-layer refusals are audited once, like requireRole's", () => {
  it("a server action refused by the data layer answers `forbidden` and leaves one access.denied row naming the user", async () => {
    const owner = await signInAs("UMKM_OWNER", { umkmId: (await createTestUmkm(db)).id });
    const company = await createTestCompany(db);
    const { saveNeedAction } = await import("@/app/(portal)/needs/actions");
    const form = new FormData();
    for (const [key, value] of Object.entries({
      companyId: company.id,
      title: "Katering",
      description: "Makan siang karyawan",
      kbliCodes: "56210",
      deliveryRegencyCode: "12.71",
      quantity: "10",
      unit: "porsi",
      frequency: "DAILY",
      estimatedValueRp: "1000000",
      periodStart: "2027-01-01",
      periodEnd: "2027-06-30",
      responseDeadline: "2026-12-31",
      slots: "1",
      minScale: "MIKRO",
      maxScale: "MENENGAH",
    }))
      form.set(key, value);
    // requireUser lets every role in; the data layer refuses an owner (need-writes.ts).
    const state = await saveNeedAction({ status: "idle", fieldErrors: {}, formError: null }, form);
    expect(state).toMatchObject({ status: "error", formError: "forbidden" });
    expect(await denied()).toEqual([
      {
        actorId: owner.id,
        entityType: "path",
        entityId: "/needs/new",
        reason: "refused by the data layer",
        ip: "203.0.113.44",
        data: { source: "data-layer", role: "UMKM_OWNER" },
      },
    ]);
  });

  it("every converter audits a FORBIDDEN exactly once and nothing else", async () => {
    const staff = await signInAs("COMPANY_STAFF", { companyId: (await createTestCompany(db)).id });
    const forbidden = () => new AppError("FORBIDDEN", "user administration requires ADMIN");
    expect(await errorState(forbidden())).toMatchObject({ formError: "forbidden" });
    expect((await problemFromAppError(forbidden())).status).toBe(403);
    await expect(answerPageError(forbidden())).rejects.toEqual(new Interrupt("forbidden"));
    const rows = await denied();
    expect(rows).toHaveLength(3);
    for (const row of rows)
      expect(row).toMatchObject({
        actorId: staff.id,
        reason: "user administration requires ADMIN",
        data: { source: "data-layer", role: "COMPANY_STAFF" },
      });

    // Not refusals: no audit row; anything but an AppError is rethrown untouched.
    expect(await errorState(new AppError("NOT_FOUND"))).toMatchObject({ formError: "notFound" });
    await expect(answerPageError(new AppError("NOT_FOUND"))).rejects.toEqual(new Interrupt("notFound"));
    expect((await problemFromAppError(new AppError("CONFLICT", "stale"))).status).toBe(409);
    await expect(errorState(new Error("database down"))).rejects.toThrow("database down");
    expect(await denied()).toHaveLength(3);
  });

  it("an API refusal names the token's issuing user and the token", async () => {
    const company = await createTestCompany(db);
    const admin = await createTestUser(db, "ADMIN");
    const adminSession = {
      id: admin.id,
      email: admin.email,
      name: "Admin",
      role: "ADMIN" as const,
      companyId: null,
      umkmId: null,
      mustChangePassword: false,
    };
    const issued = await issueApiToken(adminSession, company.id, "ERP");
    const request = new Request("http://localhost:3000/api/v1/needs", {
      headers: { authorization: `Bearer ${issued.token}` },
    });
    const refusingHandler = apiRoute(async () => {
      throw new AppError("FORBIDDEN");
    });
    const response = await refusingHandler(request);
    expect(response.status).toBe(403);
    expect(response.headers.get("content-type")).toBe("application/problem+json");
    expect(await denied()).toEqual([
      expect.objectContaining({
        actorId: admin.id,
        data: { source: "data-layer", role: "COMPANY_STAFF", apiTokenId: issued.id },
      }),
    ]);
  });

  it("a failed audit insert never turns the 403 into a 500", async () => {
    await signInAs("COMPANY_STAFF", { companyId: (await createTestCompany(db)).id });
    const errors = vi.spyOn(console, "error").mockImplementation(() => {});
    try {
      // PostgreSQL refuses U+0000 in text (22021), so these audit inserts fail.
      const unstorable = () => new AppError("FORBIDDEN", "refused\u0000");
      expect(await errorState(unstorable())).toMatchObject({ status: "error", formError: "forbidden" });
      expect((await problemFromAppError(unstorable())).status).toBe(403);
      await expect(answerPageError(unstorable())).rejects.toEqual(new Interrupt("forbidden"));
      // An actor id with no user row violates the foreign key.
      const ghost = { id: randomUUID(), role: "COMPANY_STAFF" as const, companyId: null };
      await expect(settleAppError(new AppError("FORBIDDEN"), ghost)).resolves.toMatchObject({ code: "FORBIDDEN" });
      expect(await denied()).toEqual([]);
      expect(errors).toHaveBeenCalledTimes(4);
      expect(errors).toHaveBeenCalledWith("could not audit a refused request", expect.anything());
    } finally {
      errors.mockRestore();
    }
  });
});
