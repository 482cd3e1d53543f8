import { Validator } from "@seriousme/openapi-schema-validator";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as needRoute from "@/app/api/v1/needs/route";
import * as needIdRoute from "@/app/api/v1/needs/[id]/route";
import * as transitionRoute from "@/app/api/v1/needs/[id]/transitions/route";
import * as openApiRoute from "@/app/api/v1/openapi.json/route";
import { ROUTE_HANDLERS } from "../setup/access-manifest";
import { needPageSchema, needResourceSchema } from "@/lib/api/schemas";
import { createPrismaClient, type Db } from "@/lib/db";
import { issueApiToken, revokeApiToken } from "@/lib/dal/api/api-tokens";
import type { SessionUser } from "@/lib/session-user";
import { createTestNeed } from "@/prisma/seed/factories";
import { testDatabaseUrl, truncateDomainTables } from "../setup/db";
import { createNeedWorld, needInput } from "./needs-fixtures";
import { API_BASE as BASE, apiRequest as request, problemOf, routeContext as ctx } from "../setup/api";

// The /api/v1 route handlers called directly with `new Request(...)` on the run's database.

let db: Db;
let w: Awaited<ReturnType<typeof createNeedWorld>>;
let tokenA: string;
let revokedToken: string;
let needB: { id: string };

const sessionUser = (u: {
  id: string;
  email: string;
  role: SessionUser["role"];
  companyId: string | null;
}): SessionUser => ({ ...u, name: "Uji", umkmId: null, mustChangePassword: false });

beforeAll(async () => {
  db = createPrismaClient(testDatabaseUrl(), 4);
  await truncateDomainTables();
  w = await createNeedWorld(db);
  tokenA = (await issueApiToken(sessionUser(w.users.staffA), w.firmA.id, "ERP Alfa")).token;
  const revoked = await issueApiToken(sessionUser(w.users.admin), w.firmA.id, "Lama");
  await revokeApiToken(sessionUser(w.users.staffA), w.firmA.id, revoked.id);
  revokedToken = revoked.token;
  needB = await createTestNeed(db, w.firmB.id, { title: "Kebutuhan rahasia Beta" });
  await createTestNeed(db, w.firmA.id, { title: "Kebutuhan terbuka Alfa" });
}, 60_000);

afterAll(async () => {
  await db?.$disconnect();
});

describe("token authentication", () => {
  it("answers a missing, malformed, unknown or revoked token with 401 problem+json", async () => {
    for (const token of [null, "not-a-token", "kp_unknownunknownunknown", revokedToken]) {
      const response = await needRoute.GET(request("/api/v1/needs", { token }));
      const problem = await problemOf(response, 401);
      expect(problem.instance).toBe("/api/v1/needs");
      expect(response.headers.get("www-authenticate")).toMatch(/^Bearer/);
    }
  });

  it("records when a token was last used and stores only its hash", async () => {
    const response = await needRoute.GET(request("/api/v1/needs", { token: tokenA }));
    expect(response.status).toBe(200);
    const rows = await db.apiToken.findMany({ where: { companyId: w.firmA.id, revokedAt: null } });
    expect(rows).toHaveLength(1);
    expect(rows[0]!.lastUsedAt).not.toBeNull();
    expect(rows[0]!.tokenHash).not.toContain(tokenA);
    expect(tokenA.startsWith(rows[0]!.prefix)).toBe(true);
  });
});

describe("firm isolation through the API", () => {
  it("lists only the token's firm's needs, even when asked for another firm", async () => {
    const all = needPageSchema.parse(
      await (await needRoute.GET(request("/api/v1/needs?limit=100", { token: tokenA }))).json(),
    );
    expect(all.items.length).toBeGreaterThan(0);
    expect(new Set(all.items.map((n) => n.firmId))).toEqual(new Set([w.firmA.id]));
    const other = needPageSchema.parse(
      await (await needRoute.GET(request(`/api/v1/needs?firm=${w.firmB.id}`, { token: tokenA }))).json(),
    );
    expect(other.items).toEqual([]);
  });

  it("answers another firm's need with 404 on read, update and transition, and changes nothing", async () => {
    await problemOf(await needIdRoute.GET(request(`/api/v1/needs/${needB.id}`, { token: tokenA }), ctx(needB.id)), 404);
    await problemOf(
      await needIdRoute.PATCH(
        request(`/api/v1/needs/${needB.id}`, {
          method: "PATCH",
          token: tokenA,
          body: { title: "Dibajak", version: 1 },
        }),
        ctx(needB.id),
      ),
      404,
    );
    await problemOf(
      await transitionRoute.POST(
        request(`/api/v1/needs/${needB.id}/transitions`, {
          method: "POST",
          token: tokenA,
          body: { to: "CANCELLED", reason: "x", version: 1 },
        }),
        ctx(needB.id),
      ),
      404,
    );
    const row = await db.supplyNeed.findUniqueOrThrow({ where: { id: needB.id } });
    expect(row).toMatchObject({ title: "Kebutuhan rahasia Beta", status: "OPEN", version: 1 });
  });
});

describe("validation errors", () => {
  it("answers an invalid need with 400 and one error per field path, saving nothing", async () => {
    const before = await db.supplyNeed.count();
    const body = { ...needInput(), kbliCodes: ["12"], periodEnd: "2000-01-01", slots: 0 };
    const problem = await problemOf(
      await needRoute.POST(request("/api/v1/needs", { method: "POST", token: tokenA, body })),
      400,
    );
    expect(problem.errors?.map((e) => e.path).sort()).toEqual(["kbliCodes.0", "periodEnd", "slots"]);
    expect(problem.errors?.find((e) => e.path === "slots")).toMatchObject({
      code: "slotsInvalid",
      message: "Enter a whole number from 1 to 1,000.",
    });
    expect(await db.supplyNeed.count()).toBe(before);
  });

  it("reports cross-field and reference-data errors at their paths", async () => {
    const crossField = await problemOf(
      await needRoute.POST(
        request("/api/v1/needs", { method: "POST", token: tokenA, body: { ...needInput(), periodEnd: "2000-01-01" } }),
      ),
      400,
    );
    expect(crossField.errors?.map((e) => e.path)).toEqual(["periodEnd"]);
    const unknown = await problemOf(
      await needRoute.POST(
        request("/api/v1/needs", { method: "POST", token: tokenA, body: needInput({ kbliCodes: ["99999"] }) }),
      ),
      400,
    );
    expect(unknown.errors).toEqual([
      { path: "kbliCodes.0", code: "kbliUnknown", message: "This KBLI code is not in the KBLI 2020 list." },
    ]);
  });

  it("refuses a body that is not JSON and bad query parameters", async () => {
    const notJson = new Request(`${BASE}/api/v1/needs`, {
      method: "POST",
      headers: { Authorization: `Bearer ${tokenA}`, "Content-Type": "text/plain" },
      body: "title=x",
    });
    await problemOf(await needRoute.POST(notJson), 415);
    const badQuery = await problemOf(
      await needRoute.GET(request("/api/v1/needs?sort=random&limit=1000", { token: tokenA })),
      400,
    );
    expect(badQuery.errors?.map((e) => e.path).sort()).toEqual(["limit", "sort"]);
  });
});

describe("create, update and transition", () => {
  it("creates a DRAFT need for the token's firm, updates it with If-Match, refuses a stale version, publishes it", async () => {
    const created = await needRoute.POST(
      request("/api/v1/needs", { method: "POST", token: tokenA, body: needInput({ title: "Katering via API" }) }),
    );
    expect(created.status).toBe(201);
    const need = needResourceSchema.parse(await created.json());
    expect(created.headers.get("location")).toBe(`/api/v1/needs/${need.id}`);
    expect(need).toMatchObject({
      firmId: w.firmA.id,
      status: "DRAFT",
      version: 1,
      recordedOnBehalf: false,
      estimatedValueRp: "1350000000",
    });
    const audit = await db.auditEvent.findFirstOrThrow({ where: { entityId: need.id, action: "need.create" } });
    expect(audit.data).toMatchObject({ via: "api" });

    const patched = await needIdRoute.PATCH(
      request(`/api/v1/needs/${need.id}`, {
        method: "PATCH",
        token: tokenA,
        body: { slots: 2 },
        headers: { "If-Match": '"1"' },
      }),
      ctx(need.id),
    );
    expect(patched.status).toBe(200);
    expect(patched.headers.get("etag")).toBe('"2"');
    expect(needResourceSchema.parse(await patched.json())).toMatchObject({
      slots: 2,
      title: "Katering via API",
      version: 2,
    });

    const stale = await problemOf(
      await needIdRoute.PATCH(
        request(`/api/v1/needs/${need.id}`, { method: "PATCH", token: tokenA, body: { title: "Basi", version: 1 } }),
        ctx(need.id),
      ),
      409,
    );
    expect(stale.code).toBe("stale");
    expect((await db.supplyNeed.findUniqueOrThrow({ where: { id: need.id } })).title).toBe("Katering via API");

    const invalidMerge = await problemOf(
      await needIdRoute.PATCH(
        request(`/api/v1/needs/${need.id}`, {
          method: "PATCH",
          token: tokenA,
          body: { minScale: "BESAR", maxScale: "MIKRO", version: 2 },
        }),
        ctx(need.id),
      ),
      400,
    );
    expect(invalidMerge.errors?.map((e) => e.path)).toEqual(["maxScale"]);

    const published = await transitionRoute.POST(
      request(`/api/v1/needs/${need.id}/transitions`, {
        method: "POST",
        token: tokenA,
        body: { to: "OPEN", version: 2 },
      }),
      ctx(need.id),
    );
    expect(published.status).toBe(200);
    expect(needResourceSchema.parse(await published.json())).toMatchObject({
      status: "OPEN",
      version: 3,
      allowedTransitions: ["FILLED", "CLOSED", "CANCELLED"],
    });

    const notAllowed = await problemOf(
      await transitionRoute.POST(
        request(`/api/v1/needs/${need.id}/transitions`, {
          method: "POST",
          token: tokenA,
          body: { to: "MATCHING", version: 3 },
        }),
        ctx(need.id),
      ),
      409,
    );
    expect(notAllowed.code).toBe("transitionNotAllowed");
    const noReason = await problemOf(
      await transitionRoute.POST(
        request(`/api/v1/needs/${need.id}/transitions`, {
          method: "POST",
          token: tokenA,
          body: { to: "CANCELLED", version: 3 },
        }),
        ctx(need.id),
      ),
      400,
    );
    expect(noReason.errors?.map((e) => e.path)).toEqual(["reason"]);
  });
});

describe("OpenAPI document", () => {
  it("is a valid OpenAPI 3.1 document", async () => {
    const response = openApiRoute.GET();
    const doc = await response.json();
    expect(doc.openapi).toBe("3.1.0");
    const result = await new Validator().validate(doc);
    expect(result.errors ?? []).toEqual([]);
    expect(result.valid).toBe(true);
  });

  it("documents every token-authenticated route of the access policy", async () => {
    const doc = await openApiRoute.GET().json();
    const documented = Object.entries(doc.paths as Record<string, Record<string, unknown>>).flatMap(([path, ops]) =>
      Object.keys(ops).map((m) => `${m.toUpperCase()} ${path.replace(/\{(\w+)\}/g, "[$1]")}`),
    );
    const apiRoutes = ROUTE_HANDLERS.filter((r) => r.roles === "api-token").map((r) => `${r.method} ${r.path}`);
    expect(apiRoutes.length).toBe(6);
    expect(documented.sort()).toEqual(apiRoutes.sort());
  });

  it("uses the same schema the handlers validate with (money as a digit string)", async () => {
    const doc = await openApiRoute.GET().json();
    expect(doc.components.schemas.NeedInput.properties.estimatedValueRp.anyOf[0]).toEqual({
      type: "string",
      pattern: "^\\d{1,15}$",
    });
    expect(doc.components.schemas.NeedInput.required).toContain("kbliCodes");
  });
});
