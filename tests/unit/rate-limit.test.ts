import pg from "pg";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { parseRateLimited, SignInRateLimitedError } from "@/lib/security/sign-in-errors";
import { createSignInLimiter, type SignInLimits } from "@/lib/dal/users/sign-in-limiter";
import { signInWithPassword } from "@/lib/security/sign-in";
import { createTestCompany, createTestUser } from "@/prisma/seed/factories";
import { testDatabaseUrl, truncateDomainTables } from "../setup/db";

// The sign-in flow against the run's real database (PGlite or TEST_DATABASE_URL), with the
// limiter's PostgreSQL store in the `rate_limits` table the migration created.

let pool: pg.Pool;
const IP = "203.0.113.7";

function limiter(overrides: Partial<SignInLimits> = {}) {
  return createSignInLimiter(pool, { accountMaxFailures: 3, accountLockSeconds: 60, ipMaxFailures: 100, ...overrides });
}

async function attempt(email: string, password: string, ip: string | null, limits: ReturnType<typeof limiter>) {
  try {
    return { user: await signInWithPassword(email, password, ip, limits) };
  } catch (error) {
    if (error instanceof SignInRateLimitedError) return { lockedFor: error.retryAfterSeconds, message: error.message };
    throw error;
  }
}

const auditCount = (action: string) => db.auditEvent.count({ where: { action } });

beforeAll(() => {
  pool = new pg.Pool({ connectionString: testDatabaseUrl(), max: 2 });
});
afterAll(() => pool.end());
beforeEach(() => truncateDomainTables());

describe("sign-in brute-force protection", () => {
  it("locks an account after N consecutive failures, even against the right password, and audits it once", async () => {
    const user = await createTestUser(db, "ADMIN");
    const limits = limiter();
    for (let i = 0; i < 3; i++) expect(await attempt(user.email, "wrong-password", IP, limits)).toEqual({ user: null });
    const locked = await attempt(user.email, user.password, IP, limits);
    expect(locked.lockedFor).toBeGreaterThan(55);
    expect(locked.lockedFor).toBeLessThanOrEqual(60);
    expect(parseRateLimited(locked.message)).toBe(1);
    expect(await auditCount("auth.locked_out")).toBe(1);
    const event = await db.auditEvent.findFirstOrThrow({ where: { action: "auth.locked_out" } });
    expect(event).toMatchObject({ actorId: user.id, entityId: user.id, reason: "account", ip: IP });
    // Refused attempts do not verify the password, so they are neither failures nor successes.
    expect(await db.auditEvent.count({ where: { action: "auth.sign_in" } })).toBe(0);
  });

  it("limits unknown emails the same way, so a lockout does not reveal whether an account exists", async () => {
    const limits = limiter();
    for (let i = 0; i < 3; i++) await attempt("nobody@example.org", "guess", IP, limits);
    expect((await attempt("NoBody@Example.org ", "guess", IP, limits)).lockedFor).toBeGreaterThan(0);
    expect(await auditCount("auth.locked_out")).toBe(1);
  });

  it("unlocks the account when the lock window has passed", async () => {
    const user = await createTestUser(db, "DISKOP_STAFF");
    const limits = limiter({ accountLockSeconds: 1 });
    for (let i = 0; i < 3; i++) await attempt(user.email, "wrong-password", IP, limits);
    expect((await attempt(user.email, user.password, IP, limits)).lockedFor).toBeDefined();
    await new Promise((resolve) => setTimeout(resolve, 1_200));
    expect((await attempt(user.email, user.password, IP, limits)).user?.id).toBe(user.id);
  });

  it("resets the account's counter on success: failures must be consecutive", async () => {
    const user = await createTestUser(db, "PMPTSP_OFFICER");
    const limits = limiter();
    for (let i = 0; i < 2; i++) await attempt(user.email, "wrong-password", IP, limits);
    expect((await attempt(user.email, user.password, IP, limits)).user?.id).toBe(user.id);
    for (let i = 0; i < 2; i++) await attempt(user.email, "wrong-password", IP, limits);
    expect((await attempt(user.email, user.password, IP, limits)).user?.id).toBe(user.id);
    expect(await auditCount("auth.locked_out")).toBe(0);
  });

  it("locks out an IP after its failures across many accounts, but not other IPs", async () => {
    const user = await createTestUser(db, "COMPANY_STAFF", { companyId: (await createTestCompany(db)).id });
    const limits = limiter({ ipMaxFailures: 4 });
    for (let i = 0; i < 4; i++)
      expect(await attempt(`spray${i}@example.org`, "guess", IP, limits)).toEqual({ user: null });
    const refused = await attempt(user.email, user.password, IP, limits);
    expect(refused.lockedFor).toBeGreaterThan(0);
    expect((await attempt(user.email, user.password, "198.51.100.9", limits)).user?.id).toBe(user.id);
    const event = await db.auditEvent.findFirstOrThrow({ where: { action: "auth.locked_out" } });
    expect(event).toMatchObject({ reason: "ip", entityType: "ip", entityId: IP });
  });

  it("keeps its counts in PostgreSQL, so a second limiter (another instance) sees the lock", async () => {
    const limits = limiter();
    for (let i = 0; i < 3; i++) await attempt("shared@example.org", "guess", IP, limits);
    expect((await attempt("shared@example.org", "guess", IP, limiter())).lockedFor).toBeGreaterThan(0);
  });
});
