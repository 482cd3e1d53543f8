import net from "node:net";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import * as needRoute from "@/app/api/v1/needs/route";
import * as needIdRoute from "@/app/api/v1/needs/[id]/route";
import * as matchesRoute from "@/app/api/v1/needs/[id]/matches/route";
import * as transitionRoute from "@/app/api/v1/needs/[id]/transitions/route";
import * as openApiRoute from "@/app/api/v1/openapi.json/route";
import { apiRoute } from "@/lib/api/handler";
import { problemForError } from "@/lib/api/problems";
import { createApiRateLimiter } from "@/lib/api/rate-limit";
import { json } from "@/lib/api/request";
import { needResourceSchema } from "@/lib/api/schemas";
import { createPrismaClient, db, type Db } from "@/lib/db";
import { isDatabaseUnavailable } from "@/lib/db/unavailable";
import { issueApiToken } from "@/lib/dal/api/api-tokens";
import type { SessionUser } from "@/lib/session-user";
import { createTestUser } from "@/prisma/seed/factories";
import { truncateDomainTables } from "../setup/db";
import { createNeedWorld, needInput } from "./needs-fixtures";
import { API_BASE as BASE, apiRequest as request, problemOf, routeContext as ctx } from "../setup/api";

// Hardening of /api/v1 (issue 11): a token dies with its issuer's access, bodies are strict,
// every failure is problem+json (503 + Retry-After while the database is unreachable), and
// POST /api/v1/needs honours Idempotency-Key. Route handlers are called directly.

// The app runs the embedded PGlite over one connection (ARCHITECTURE.md: its socket server
// interleaves statements of concurrent connections); real PostgreSQL gets a pool, so the
// concurrent Idempotency-Key requests really overlap there.
vi.hoisted(() => {
  process.env.DB_POOL_MAX = process.env.TEST_DATABASE_URL ? "10" : "1";
});

// Fault injection: when `fault.error` is set, authenticating a token throws it — every route
// authenticates inside the one wrapper, so this reaches each handler's error path.
const fault = vi.hoisted(() => ({ error: null as unknown }));
vi.mock("@/lib/dal/api/api-tokens", async (importOriginal) => {
  const actual = await importOriginal<typeof import("@/lib/dal/api/api-tokens")>();
  return {
    ...actual,
    authenticateApiToken: async (token: string) => {
      if (fault.error) throw fault.error;
      return actual.authenticateApiToken(token);
    },
  };
});

const sessionUser = (u: {
  id: string;
  email: string;
  role: SessionUser["role"];
  companyId: string | null;
}): SessionUser => ({ ...u, name: "Uji", umkmId: null, mustChangePassword: false });

/** A TCP port on this machine with nothing listening: connections to it are refused. */
async function closedPort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

let w: Awaited<ReturnType<typeof createNeedWorld>>;
let token: string;
let unreachable: Db;
let unreachableUrl: string;

beforeAll(async () => {
  await truncateDomainTables();
  w = await createNeedWorld(db);
  token = (await issueApiToken(sessionUser(w.users.staffA), w.firmA.id, "ERP Alfa")).token;
  unreachableUrl = `postgresql://postgres@127.0.0.1:${await closedPort()}/portal`;
  unreachable = createPrismaClient(unreachableUrl, 1);
}, 60_000);

afterAll(async () => {
  await unreachable?.$disconnect();
});

describe("a token's authority is its issuer's", () => {
  it("stops working when the issuing user is disabled, and works again when re-enabled", async () => {
    const issuer = await createTestUser(db, "COMPANY_STAFF", { companyId: w.firmA.id });
    const own = (await issueApiToken(sessionUser(issuer), w.firmA.id, "ERP issuer")).token;
    expect((await needRoute.GET(request("/api/v1/needs", { token: own }))).status).toBe(200);
    await db.user.update({ where: { id: issuer.id }, data: { isActive: false } });
    await problemOf(await needRoute.GET(request("/api/v1/needs", { token: own })), 401);
    await problemOf(
      await needRoute.POST(request("/api/v1/needs", { method: "POST", token: own, body: needInput() })),
      401,
    );
    await db.user.update({ where: { id: issuer.id }, data: { isActive: true } });
    expect((await needRoute.GET(request("/api/v1/needs", { token: own }))).status).toBe(200);
  });

  it("stops working when the issuer moves to another firm or loses the firm role; an ADMIN's token keeps working", async () => {
    const issuer = await createTestUser(db, "COMPANY_STAFF", { companyId: w.firmA.id });
    const own = (await issueApiToken(sessionUser(issuer), w.firmA.id, "ERP pindah")).token;
    await db.user.update({ where: { id: issuer.id }, data: { companyId: w.firmB.id } });
    await problemOf(await needRoute.GET(request("/api/v1/needs", { token: own })), 401);
    const byAdmin = (await issueApiToken(sessionUser(w.users.admin), w.firmA.id, "ERP admin")).token;
    expect((await needRoute.GET(request("/api/v1/needs", { token: byAdmin }))).status).toBe(200);
    await db.user.update({ where: { id: w.users.admin.id }, data: { isActive: false } });
    await problemOf(await needRoute.GET(request("/api/v1/needs", { token: byAdmin })), 401);
    await db.user.update({ where: { id: w.users.admin.id }, data: { isActive: true } });
  });
});

describe("unknown fields", () => {
  it("refuses PATCH {titel} with 400 naming the field, and changes nothing", async () => {
    const created = needResourceSchema.parse(
      await (await needRoute.POST(request("/api/v1/needs", { method: "POST", token, body: needInput() }))).json(),
    );
    const response = await needIdRoute.PATCH(
      request(`/api/v1/needs/${created.id}`, { method: "PATCH", token, body: { titel: "Salah eja", version: 1 } }),
      ctx(created.id),
    );
    const problem = await problemOf(response, 400);
    expect(problem.errors).toEqual([
      { path: "titel", code: "unknownField", message: expect.stringContaining("not part of the API") },
    ]);
    expect(
      await db.supplyNeed.findUniqueOrThrow({ where: { id: created.id }, select: { title: true, version: true } }),
    ).toEqual({ title: created.title, version: 1 });
  });

  it("names every unknown member of a create or transition body, next to the other errors", async () => {
    const before = await db.supplyNeed.count();
    const create = await problemOf(
      await needRoute.POST(
        request("/api/v1/needs", {
          method: "POST",
          token,
          body: { ...needInput(), harga: "1", companyId: w.firmB.id, slots: 0 },
        }),
      ),
      400,
    );
    expect(create.errors?.map((e) => `${e.path}:${e.code}`).sort()).toEqual([
      "companyId:unknownField",
      "harga:unknownField",
      "slots:slotsInvalid",
    ]);
    expect(await db.supplyNeed.count()).toBe(before);
    const need = needResourceSchema.parse(
      await (await needRoute.POST(request("/api/v1/needs", { method: "POST", token, body: needInput() }))).json(),
    );
    const transition = await problemOf(
      await transitionRoute.POST(
        request(`/api/v1/needs/${need.id}/transitions`, {
          method: "POST",
          token,
          body: { to: "OPEN", version: 1, status: "OPEN" },
        }),
        ctx(need.id),
      ),
      400,
    );
    expect(transition.errors?.map((e) => `${e.path}:${e.code}`)).toEqual(["status:unknownField"]);
    expect((await db.supplyNeed.findUniqueOrThrow({ where: { id: need.id } })).status).toBe("DRAFT");
  });

  it("refuses an unknown query parameter of the list instead of ignoring the filter", async () => {
    const problem = await problemOf(await needRoute.GET(request("/api/v1/needs?stauts=OPEN&limit=5", { token })), 400);
    expect(problem.errors?.map((e) => `${e.path}:${e.code}`)).toEqual(["stauts:unknownField"]);
    expect((await needRoute.GET(request("/api/v1/needs?status=OPEN&limit=5", { token }))).status).toBe(200);
  });

  it("is stated in the OpenAPI document: every request body has additionalProperties false", async () => {
    const doc = await openApiRoute.GET().json();
    for (const name of ["NeedInput", "NeedPatch", "NeedTransition"])
      expect(doc.components.schemas[name].additionalProperties).toBe(false);
  });
});

describe("faults are problem+json", () => {
  const routes = () => {
    const id = "00000000-0000-4000-8000-000000000001";
    return [
      { op: "get /api/v1/needs", call: () => needRoute.GET(request("/api/v1/needs", { token })) },
      {
        op: "post /api/v1/needs",
        call: () => needRoute.POST(request("/api/v1/needs", { method: "POST", token, body: needInput() })),
      },
      { op: "get /api/v1/needs/{id}", call: () => needIdRoute.GET(request(`/api/v1/needs/${id}`, { token }), ctx(id)) },
      {
        op: "patch /api/v1/needs/{id}",
        call: () =>
          needIdRoute.PATCH(
            request(`/api/v1/needs/${id}`, { method: "PATCH", token, body: { slots: 2, version: 1 } }),
            ctx(id),
          ),
      },
      {
        op: "post /api/v1/needs/{id}/transitions",
        call: () =>
          transitionRoute.POST(
            request(`/api/v1/needs/${id}/transitions`, { method: "POST", token, body: { to: "OPEN", version: 1 } }),
            ctx(id),
          ),
      },
      {
        op: "get /api/v1/needs/{id}/matches",
        call: () => matchesRoute.GET(request(`/api/v1/needs/${id}/matches`, { token }), ctx(id)),
      },
    ];
  };

  it("recognises a real connection failure (Prisma and node-postgres against a closed port) and nothing else", async () => {
    const prismaError = await unreachable.user.count().catch((error: unknown) => error);
    const pool = new pg.Pool({ connectionString: unreachableUrl, max: 1 });
    const pgError = await pool.query("SELECT 1").catch((error: unknown) => error);
    await pool.end();
    expect(isDatabaseUnavailable(prismaError)).toBe(true);
    expect(isDatabaseUnavailable(pgError)).toBe(true);
    expect(
      isDatabaseUnavailable(
        Object.assign(new Error("terminating connection due to administrator command"), {
          code: "57P01",
          severity: "FATAL",
        }),
      ),
    ).toBe(true);
    expect(
      isDatabaseUnavailable(Object.assign(new Error("the database system is starting up"), { code: "57P03" })),
    ).toBe(true);
    expect(isDatabaseUnavailable(Object.assign(new Error("connection failure"), { code: "08006" }))).toBe(true);
    expect(isDatabaseUnavailable(new Error("wrapped", { cause: pgError }))).toBe(true);
    const uniqueViolation = await db.user
      .create({ data: { email: w.users.admin.email, name: "x", role: "ADMIN", passwordHash: "x" } })
      .catch((error: unknown) => error);
    expect(isDatabaseUnavailable(uniqueViolation)).toBe(false);
    expect(isDatabaseUnavailable(Object.assign(new Error("invalid byte sequence"), { code: "22021" }))).toBe(false);
    expect(isDatabaseUnavailable(new TypeError("x is undefined"))).toBe(false);
  });

  it("answers 503 problem+json with Retry-After when a handler's data layer cannot reach the database", async () => {
    const handler = apiRoute(async () => json(await unreachable.supplyNeed.findMany()));
    const errorLog = vi.spyOn(console, "error").mockImplementation(() => undefined);
    const response = await handler(request("/api/v1/needs", { token }));
    expect(errorLog).toHaveBeenCalledWith(
      "api: database unavailable (/api/v1/needs):",
      expect.stringContaining("reach database server"),
    );
    errorLog.mockRestore();
    const problem = await problemOf(response, 503);
    expect(problem).toMatchObject({ code: "UNAVAILABLE", instance: "/api/v1/needs" });
    expect(Number(response.headers.get("retry-after"))).toBeGreaterThan(0);
  });

  it("answers 503 when the rate limiter's own store cannot be reached", async () => {
    const pool = new pg.Pool({ connectionString: unreachableUrl, max: 1 });
    try {
      const limiter = createApiRateLimiter(pool, { perIp: 5, perToken: 5, windowSeconds: 60 });
      const failure = await limiter.consumeIp("192.0.2.1").catch((error: unknown) => error);
      expect(isDatabaseUnavailable(failure)).toBe(true);
      const errorLog = vi.spyOn(console, "error").mockImplementation(() => undefined);
      const response = await problemForError("/api/v1/needs", failure);
      errorLog.mockRestore();
      expect((await problemOf(response, 503)).code).toBe("UNAVAILABLE");
    } finally {
      await pool.end();
    }
  });

  it("answers 503 on every route while the database is unreachable, and 500 problem+json for any other throw", async () => {
    const connectionError = await unreachable.user.count().catch((error: unknown) => error);
    const errorLog = vi.spyOn(console, "error").mockImplementation(() => undefined);
    try {
      for (const [error, status] of [
        [connectionError, 503],
        [new TypeError("Cannot read properties of undefined"), 500],
      ] as const) {
        fault.error = error;
        for (const route of routes()) {
          const response = await route.call();
          const problem = await problemOf(response, status);
          expect(problem.code, route.op).toBe(status === 503 ? "UNAVAILABLE" : "INTERNAL");
          expect(JSON.stringify(problem)).not.toContain("Cannot read properties");
          expect(response.headers.get("retry-after") !== null, route.op).toBe(status === 503);
        }
      }
    } finally {
      fault.error = null;
      errorLog.mockRestore();
    }
  });
});

describe("OpenAPI statuses", () => {
  const operations = async () => {
    const doc = await openApiRoute.GET().json();
    return Object.entries(
      doc.paths as Record<string, Record<string, { responses: Record<string, unknown>; requestBody?: unknown }>>,
    ).flatMap(([path, ops]) => Object.entries(ops).map(([method, op]) => ({ name: `${method} ${path}`, op })));
  };

  it("declares on every operation what the wrapper can answer, and 400/415 wherever a body is read", async () => {
    for (const { name, op } of await operations()) {
      expect(Object.keys(op.responses), name).toEqual(expect.arrayContaining(["401", "429", "500", "503"]));
      if (op.requestBody) expect(Object.keys(op.responses), name).toEqual(expect.arrayContaining(["400", "415"]));
    }
  });

  it("declares each status the handlers were seen answering", async () => {
    const need = needResourceSchema.parse(
      await (await needRoute.POST(request("/api/v1/needs", { method: "POST", token, body: needInput() }))).json(),
    );
    const missing = "00000000-0000-4000-8000-00000000dead";
    const notJson = (path: string, method: string) =>
      new Request(`${BASE}${path}`, {
        method,
        headers: { Authorization: `Bearer ${token}`, "Content-Type": "text/plain" },
        body: "x",
      });
    const seen: [string, () => Promise<Response>][] = [
      ["get /api/v1/needs", () => needRoute.GET(request("/api/v1/needs", { token }))],
      ["get /api/v1/needs", () => needRoute.GET(request("/api/v1/needs?limit=0", { token }))],
      ["get /api/v1/needs", () => needRoute.GET(request("/api/v1/needs"))],
      [
        "post /api/v1/needs",
        () =>
          needRoute.POST(
            request("/api/v1/needs", {
              method: "POST",
              token,
              body: needInput(),
              headers: { "Idempotency-Key": "k-1" },
            }),
          ),
      ],
      [
        "post /api/v1/needs",
        () =>
          needRoute.POST(
            request("/api/v1/needs", {
              method: "POST",
              token,
              body: needInput({ slots: 2 }),
              headers: { "Idempotency-Key": "k-1" },
            }),
          ),
      ],
      [
        "post /api/v1/needs",
        () => needRoute.POST(request("/api/v1/needs", { method: "POST", token, body: { titel: "x" } })),
      ],
      ["post /api/v1/needs", () => needRoute.POST(notJson("/api/v1/needs", "POST"))],
      ["get /api/v1/needs/{id}", () => needIdRoute.GET(request(`/api/v1/needs/${need.id}`, { token }), ctx(need.id))],
      ["get /api/v1/needs/{id}", () => needIdRoute.GET(request(`/api/v1/needs/${missing}`, { token }), ctx(missing))],
      [
        "patch /api/v1/needs/{id}",
        () =>
          needIdRoute.PATCH(
            request(`/api/v1/needs/${need.id}`, { method: "PATCH", token, body: { slots: 3, version: 9 } }),
            ctx(need.id),
          ),
      ],
      [
        "patch /api/v1/needs/{id}",
        () =>
          needIdRoute.PATCH(
            request(`/api/v1/needs/${missing}`, { method: "PATCH", token, body: { slots: 3, version: 1 } }),
            ctx(missing),
          ),
      ],
      ["patch /api/v1/needs/{id}", () => needIdRoute.PATCH(notJson(`/api/v1/needs/${need.id}`, "PATCH"), ctx(need.id))],
      [
        "post /api/v1/needs/{id}/transitions",
        () =>
          transitionRoute.POST(
            request(`/api/v1/needs/${need.id}/transitions`, {
              method: "POST",
              token,
              body: { to: "FILLED", version: 1 },
            }),
            ctx(need.id),
          ),
      ],
      [
        "post /api/v1/needs/{id}/transitions",
        () => transitionRoute.POST(notJson(`/api/v1/needs/${need.id}/transitions`, "POST"), ctx(need.id)),
      ],
      [
        "get /api/v1/needs/{id}/matches",
        () => matchesRoute.GET(request(`/api/v1/needs/${missing}/matches`, { token }), ctx(missing)),
      ],
      [
        "get /api/v1/needs/{id}/matches",
        () => matchesRoute.GET(request(`/api/v1/needs/${need.id}/matches`, { token }), ctx(need.id)),
      ],
    ];
    const byOperation = new Map((await operations()).map(({ name, op }) => [name, op]));
    const observed = new Set<string>();
    // One after another: the embedded test database serves one query at a time anyway.
    for (const [name, call] of seen) {
      const status = String((await call()).status);
      observed.add(status);
      expect(Object.keys(byOperation.get(name)!.responses), `${name} answered ${status}`).toContain(status);
    }
    expect([...observed].sort()).toEqual(["200", "201", "400", "401", "404", "409", "415", "422"]);
  });
});

describe("POST /api/v1/needs with an Idempotency-Key", () => {
  const post = (body: unknown, key: string | null, as = token) =>
    needRoute.POST(
      request("/api/v1/needs", {
        method: "POST",
        token: as,
        body,
        headers: key === null ? {} : { "Idempotency-Key": key },
      }),
    );
  const needsTitled = (title: string) => db.supplyNeed.count({ where: { title } });

  it("answers a retry with the same key and body with the need the first request created, creating nothing", async () => {
    const body = needInput({ title: "Katering idempoten" });
    const first = await post(body, "order-4711");
    expect(first.status).toBe(201);
    const need = needResourceSchema.parse(await first.json());
    expect(first.headers.get("idempotent-replayed")).toBeNull();
    // The answer was lost; the client retries with the same key (members in another order).
    const retry = await post(Object.fromEntries(Object.entries(body).reverse()), "order-4711");
    expect(retry.status).toBe(201);
    expect(retry.headers.get("location")).toBe(`/api/v1/needs/${need.id}`);
    expect(retry.headers.get("idempotent-replayed")).toBe("true");
    expect(needResourceSchema.parse(await retry.json()).id).toBe(need.id);
    expect(await needsTitled("Katering idempoten")).toBe(1);
    expect(await db.auditEvent.count({ where: { action: "need.create", entityId: need.id } })).toBe(1);
  });

  it("refuses the same key with a different body with 422, and keys are per firm", async () => {
    const first = needResourceSchema.parse(await (await post(needInput({ title: "Kunci A" }), "order-1")).json());
    const reused = await problemOf(await post(needInput({ title: "Kunci A", slots: 5 }), "order-1"), 422);
    expect(reused.code).toBe("idempotencyKeyReused");
    expect(await needsTitled("Kunci A")).toBe(1);
    const tokenB = (await issueApiToken(sessionUser(w.users.staffB), w.firmB.id, "ERP Beta")).token;
    const otherFirm = await post(needInput({ title: "Kunci A" }), "order-1", tokenB);
    expect(otherFirm.status).toBe(201);
    const theirs = needResourceSchema.parse(await otherFirm.json());
    expect(theirs.id).not.toBe(first.id);
    expect(theirs.firmId).toBe(w.firmB.id);
  });

  it("refuses a malformed key, and creates a fresh need once a key has expired", async () => {
    const bad = await problemOf(await post(needInput(), "kunci dengan spasi"), 400);
    expect(bad.errors).toEqual([
      { path: "Idempotency-Key", code: "idempotencyKeyInvalid", message: expect.any(String) },
    ]);
    await problemOf(await post(needInput(), "x".repeat(256)), 400);
    const body = needInput({ title: "Kunci kedaluwarsa" });
    const first = needResourceSchema.parse(await (await post(body, "order-old")).json());
    await db.apiIdempotencyKey.updateMany({
      where: { key: "order-old" },
      data: { expiresAt: new Date(Date.now() - 1000) },
    });
    const again = needResourceSchema.parse(await (await post(body, "order-old")).json());
    expect(again.id).not.toBe(first.id);
    expect(await needsTitled("Kunci kedaluwarsa")).toBe(2);
    expect(await db.apiIdempotencyKey.count({ where: { key: "order-old" } })).toBe(1);
  });

  it("creates nothing and remembers nothing when the need is refused", async () => {
    await problemOf(await post(needInput({ kbliCodes: ["99999"] }), "order-invalid"), 400);
    expect(await db.apiIdempotencyKey.count({ where: { key: "order-invalid" } })).toBe(0);
    expect((await post(needInput({ title: "Setelah diperbaiki" }), "order-invalid")).status).toBe(201);
  });

  it("creates one need for concurrent requests with the same key (run on PostgreSQL with TEST_DATABASE_URL)", async () => {
    const body = needInput({ title: "Katering serentak" });
    const responses = await Promise.all(Array.from({ length: 6 }, () => post(body, "order-race")));
    expect(responses.map((r) => r.status)).toEqual(Array(6).fill(201));
    const ids = new Set(await Promise.all(responses.map(async (r) => needResourceSchema.parse(await r.json()).id)));
    expect(ids.size).toBe(1);
    expect(await needsTitled("Katering serentak")).toBe(1);
  });

  it("is documented as a header of createNeed", async () => {
    const doc = await openApiRoute.GET().json();
    const param = doc.paths["/api/v1/needs"].post.parameters.find(
      (p: { name: string }) => p.name === "Idempotency-Key",
    );
    expect(param).toMatchObject({ in: "header", required: false });
    expect(doc.paths["/api/v1/needs"].post.responses["422"]).toBeDefined();
  });
});
