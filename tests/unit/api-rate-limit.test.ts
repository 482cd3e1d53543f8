import { beforeAll, describe, expect, it, vi } from "vitest";

// /api/v1 rate limits through the route handlers, with small limits set the way an operator
// would (environment variables), so no test waits for a window to pass. Each test uses its own
// client address (X-Forwarded-For) and its own tokens.
vi.hoisted(() => {
  process.env.API_RATE_LIMIT_PER_TOKEN = "3";
  process.env.API_RATE_LIMIT_PER_IP = "5";
  process.env.API_RATE_LIMIT_WINDOW_SECONDS = "60";
  process.env.DB_POOL_MAX = process.env.TEST_DATABASE_URL ? "10" : "1";
});

const needRoute = await import("@/app/api/v1/needs/route");
const needIdRoute = await import("@/app/api/v1/needs/[id]/route");
const { problemSchema } = await import("@/lib/api/schemas");
const { db } = await import("@/lib/db");
const { issueApiToken } = await import("@/lib/dal/api/api-tokens");
const { apiLimitsEnv } = await import("@/lib/env");
const { truncateDomainTables } = await import("../setup/db");
const { createNeedWorld, needInput } = await import("./needs-fixtures");

const BASE = "http://portal.test";
let w: Awaited<ReturnType<typeof createNeedWorld>>;
const staffA = () => ({ ...w.users.staffA, name: "Uji", umkmId: null, mustChangePassword: false });
const newToken = async () => (await issueApiToken(staffA(), w.firmA.id, `ERP ${Math.random()}`)).token;

const list = (ip: string, token: string | null) =>
  needRoute.GET(
    new Request(`${BASE}/api/v1/needs`, {
      headers: { "X-Forwarded-For": ip, ...(token ? { Authorization: `Bearer ${token}` } : {}) },
    }),
  );

async function expectRateLimited(response: Response, scope: "ip" | "token") {
  expect(response.status).toBe(429);
  expect(response.headers.get("content-type")).toBe("application/problem+json");
  const problem = problemSchema.parse(await response.json());
  expect(problem).toMatchObject({ status: 429, code: "RATE_LIMITED", type: "/api-docs#problem-rate_limited" });
  const retryAfter = Number(response.headers.get("retry-after"));
  expect(Number.isInteger(retryAfter)).toBe(true);
  expect(retryAfter).toBeGreaterThanOrEqual(1);
  expect(retryAfter).toBeLessThanOrEqual(60);
  expect(response.headers.get("ratelimit")).toBe(`"${scope}";r=0;t=${retryAfter}`);
}

beforeAll(async () => {
  await truncateDomainTables();
  w = await createNeedWorld(db);
}, 60_000);

describe("per-token limit", () => {
  it("answers 429 problem+json with Retry-After once a token has used its allowance; other tokens go on", async () => {
    const token = await newToken();
    for (let i = 1; i <= 3; i += 1) {
      const response = await list("198.51.100.1", token);
      expect(response.status).toBe(200);
      expect(response.headers.get("ratelimit-policy")).toBe('"ip";q=5;w=60, "token";q=3;w=60');
      expect(response.headers.get("ratelimit")).toMatch(new RegExp(`^"token";r=${3 - i};t=\\d+$`));
    }
    await expectRateLimited(await list("198.51.100.1", token), "token");
    // The same token from another address is still the same token.
    await expectRateLimited(await list("198.51.100.2", token), "token");
    expect((await list("198.51.100.1", await newToken())).status).toBe(200);
  });

  it("counts writes too, and a refused request changes nothing", async () => {
    const token = await newToken();
    const before = await db.supplyNeed.count();
    const post = () =>
      needRoute.POST(
        new Request(`${BASE}/api/v1/needs`, {
          method: "POST",
          headers: {
            "X-Forwarded-For": "198.51.100.3",
            Authorization: `Bearer ${token}`,
            "Content-Type": "application/json",
          },
          body: JSON.stringify(needInput()),
        }),
      );
    for (let i = 0; i < 3; i += 1) expect((await post()).status).toBe(201);
    await expectRateLimited(await post(), "token");
    expect(await db.supplyNeed.count()).toBe(before + 3);
  });
});

describe("per-IP limit", () => {
  it("counts requests without a valid token, so guessing tokens is not free; then refuses valid tokens from that address too", async () => {
    const ip = "203.0.113.50";
    for (const token of [null, "kp_guess1", "kp_guess2", "nonsense", "kp_guess3"])
      expect((await list(ip, token)).status).toBe(401);
    await expectRateLimited(await list(ip, "kp_guess4"), "ip");
    await expectRateLimited(await list(ip, await newToken()), "ip");
    // Another address is unaffected.
    expect((await list("203.0.113.51", "kp_guess5")).status).toBe(401);
  });

  it("applies to every route of the wrapper", async () => {
    const ip = "203.0.113.60";
    const id = "00000000-0000-4000-8000-000000000001";
    for (let i = 0; i < 5; i += 1) await list(ip, null);
    const response = await needIdRoute.GET(
      new Request(`${BASE}/api/v1/needs/${id}`, { headers: { "X-Forwarded-For": ip } }),
      { params: Promise.resolve({ id }) },
    );
    await expectRateLimited(response, "ip");
  });
});

describe("configuration", () => {
  it("defaults to 120 per token and 300 per IP per 60 s, and names a bad variable", () => {
    expect(apiLimitsEnv({})).toEqual({
      API_RATE_LIMIT_PER_TOKEN: 120,
      API_RATE_LIMIT_PER_IP: 300,
      API_RATE_LIMIT_WINDOW_SECONDS: 60,
    });
    expect(() => apiLimitsEnv({ API_RATE_LIMIT_PER_IP: "0" })).toThrow(/API_RATE_LIMIT_PER_IP/);
  });
});
