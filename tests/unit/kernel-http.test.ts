import { beforeEach, describe, expect, it, vi } from "vitest";
import { Interrupt } from "../setup/next-mocks";
import { ALL_ROLES, OFFICE_ROLES } from "@/lib/access/roles";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { createTestCompany, createTestUser } from "@/prisma/seed/factories";
import { truncateDomainTables } from "../setup/db";

// The shared kernel of pages and session route handlers: loadOr404 (a page's data load),
// sessionRoute (origin → session → role → handler → problem+json) and the one title table of
// problem+json answers. lib/auth.ts runs for real; next-auth's cookie decoding and Next.js'
// request APIs are replaced, as in refusal-audit.test.ts.

const session = vi.hoisted(() => ({ token: null as null | { uid: string; sv: number; authTime: number } }));

vi.mock("next-auth", async (importOriginal) => ({
  ...(await importOriginal<typeof import("next-auth")>()),
  getServerSession: async () => session.token,
}));
vi.mock("next/navigation", async () => (await import("../setup/next-mocks")).navigationMock());
vi.mock("next/headers", async () =>
  (await import("../setup/next-mocks")).headersMock({
    "x-forwarded-for": "203.0.113.7",
    "x-portal-path": "/api/kernel-probe",
  }),
);

const { loadOr404 } = await import("@/lib/security/refusals");
const { sessionRoute } = await import("@/lib/http/session-route");
const { PROBLEM_TITLES, problemFromAppError } = await import("@/lib/http/problem");
const { appErrorProblem } = await import("@/lib/api/problems");

const denied = () =>
  db.auditEvent.findMany({ where: { action: "access.denied" }, select: { actorId: true, reason: true, data: true } });

async function signInAs(role: "COMPANY_STAFF" | "ADMIN") {
  const user = await createTestUser(
    db,
    role,
    role === "COMPANY_STAFF" ? { companyId: (await createTestCompany(db)).id } : {},
  );
  session.token = { uid: user.id, sv: 1, authTime: Math.floor(Date.now() / 1000) };
  return user;
}

const post = (origin: string) =>
  new Request("http://localhost:3000/api/kernel-probe", {
    method: "POST",
    headers: { origin, host: "localhost:3000" },
  });
const get = () => new Request("http://localhost:3000/api/kernel-probe/x", { headers: { host: "localhost:3000" } });

beforeEach(async () => {
  session.token = null;
  await truncateDomainTables();
});

describe("loadOr404", () => {
  it("returns the load's value", async () => {
    expect(await loadOr404(async () => ({ id: "a" }))).toEqual({ id: "a" });
  });

  it("answers NOT_FOUND with the 404 page and FORBIDDEN with the 403 page (audited once)", async () => {
    const staff = await signInAs("COMPANY_STAFF");
    await expect(
      loadOr404(async () => {
        throw new AppError("NOT_FOUND");
      }),
    ).rejects.toEqual(new Interrupt("notFound"));
    await expect(
      loadOr404(async () => {
        throw new AppError("FORBIDDEN", "not yours");
      }),
    ).rejects.toEqual(new Interrupt("forbidden"));
    expect(await denied()).toEqual([
      { actorId: staff.id, reason: "not yours", data: { source: "data-layer", role: "COMPANY_STAFF" } },
    ]);
  });

  it("lets anything else through to the error page untouched", async () => {
    await expect(
      loadOr404(async () => {
        throw new AppError("CONFLICT", "stale");
      }),
    ).rejects.toMatchObject({ code: "CONFLICT" });
    await expect(
      loadOr404(async () => {
        throw new Error("database down");
      }),
    ).rejects.toThrow("database down");
  });
});

describe("sessionRoute", () => {
  const calls: string[] = [];
  const echo = sessionRoute<{ id: string }>(OFFICE_ROLES, async ({ user, params }) => {
    calls.push(user.id);
    return Response.json({ id: params.id ?? null, role: user.role });
  });
  beforeEach(() => {
    calls.length = 0;
  });

  it("refuses a cross-site POST with 403 CROSS_ORIGIN before looking at the session", async () => {
    await signInAs("ADMIN");
    const response = await echo(post("https://evil.example"));
    expect(response.status).toBe(403);
    expect(await response.json()).toMatchObject({ title: PROBLEM_TITLES.FORBIDDEN, code: "CROSS_ORIGIN" });
    expect(calls).toEqual([]);
  });

  it("answers 401 problem+json without a session", async () => {
    const response = await echo(post("http://localhost:3000"));
    expect(response.status).toBe(401);
    expect(response.headers.get("content-type")).toBe("application/problem+json");
    expect(await response.json()).toMatchObject({ status: 401, title: "Authentication required" });
    expect(calls).toEqual([]);
  });

  it("answers 403 for a role outside the set, audited like requireRole's refusals", async () => {
    const staff = await signInAs("COMPANY_STAFF");
    const response = await echo(get());
    expect(response.status).toBe(403);
    expect(await response.json()).toMatchObject({ status: 403, title: "Forbidden", code: "FORBIDDEN" });
    expect(calls).toEqual([]);
    expect(await denied()).toEqual([
      {
        actorId: staff.id,
        reason: `requires ${OFFICE_ROLES.join(",")}`,
        data: { role: "COMPANY_STAFF", requiredRoles: [...OFFICE_ROLES] },
      },
    ]);
  });

  it("runs the handler with the user and the route params for an allowed role", async () => {
    const admin = await signInAs("ADMIN");
    const response = await echo(get(), { params: Promise.resolve({ id: "x" }) });
    expect(await response.json()).toEqual({ id: "x", role: "ADMIN" });
    expect(calls).toEqual([admin.id]);
    const same = await echo(post("http://localhost:3000"));
    expect(same.status).toBe(200);
  });

  it("turns an AppError of the handler into problem+json (a FORBIDDEN audited as the data layer's) and rethrows anything else", async () => {
    const staff = await signInAs("COMPANY_STAFF");
    const refusing = sessionRoute(ALL_ROLES, async () => {
      throw new AppError("FORBIDDEN", "not your firm");
    });
    expect((await refusing(get())).status).toBe(403);
    expect(await denied()).toEqual([
      { actorId: staff.id, reason: "not your firm", data: { source: "data-layer", role: "COMPANY_STAFF" } },
    ]);
    const missing = sessionRoute(ALL_ROLES, async () => {
      throw new AppError("NOT_FOUND");
    });
    expect(await (await missing(get())).json()).toMatchObject({ status: 404, title: "Not found", code: "NOT_FOUND" });
    const broken = sessionRoute(ALL_ROLES, async () => {
      throw new Error("bug");
    });
    await expect(broken(get())).rejects.toThrow("bug");
  });
});

describe("one title table for problem+json", () => {
  it("route handlers and /api/v1 give an AppError the same status and title", async () => {
    for (const code of ["INVALID_INPUT", "UNAUTHENTICATED", "NOT_FOUND", "CONFLICT", "RATE_LIMITED"] as const) {
      const error = new AppError(code);
      const [route, api] = [
        await (await problemFromAppError(error)).json(),
        await appErrorProblem("/api/v1/x", error).json(),
      ];
      expect(route).toMatchObject({ status: error.status, title: PROBLEM_TITLES[code] });
      expect(api).toMatchObject({ status: error.status, title: PROBLEM_TITLES[code], instance: "/api/v1/x" });
    }
  });
});
