import { randomUUID } from "node:crypto";
import pg from "pg";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { getAccountLock, unlockAccount } from "@/lib/dal/users/user-lockout";
import { createSignInLimiter, type SignInLimiter } from "@/lib/dal/users/sign-in-limiter";
import { signInWithPassword } from "@/lib/security/sign-in";
import type { Role } from "@/lib/generated/prisma/enums";
import type { SessionUser } from "@/lib/session-user";
import { createTestCompany, createTestUmkm, createTestUser } from "@/prisma/seed/factories";
import { testDatabaseUrl, truncateDomainTables } from "../setup/db";

// An ADMIN lifts a sign-in lock (5 failed sign-ins, lib/dal/users/sign-in-limiter.ts) from the
// user page; every other role is refused by the data layer and nothing changes.

let pool: pg.Pool;
let limiter: SignInLimiter;

beforeAll(() => {
  pool = new pg.Pool({ connectionString: testDatabaseUrl(), max: 2 });
  limiter = createSignInLimiter(pool);
});
afterAll(() => pool.end());
beforeEach(() => truncateDomainTables());

async function sessionOf(role: Role): Promise<SessionUser> {
  const scope =
    role === "COMPANY_STAFF"
      ? { companyId: (await createTestCompany(db)).id }
      : role === "UMKM_OWNER"
        ? { umkmId: (await createTestUmkm(db)).id }
        : {};
  const user = await createTestUser(db, role, scope);
  return {
    id: user.id,
    email: user.email,
    name: "Uji",
    role,
    companyId: user.companyId,
    umkmId: user.umkmId,
    mustChangePassword: false,
  };
}

async function lockedUser() {
  const user = await createTestUser(db, "DISKOP_STAFF");
  for (let i = 0; i < 5; i++)
    expect(await signInWithPassword(user.email, `tebakan-${i}`, "203.0.113.50", limiter)).toBeNull();
  await expect(signInWithPassword(user.email, user.password, "203.0.113.50", limiter)).rejects.toThrow(
    "RATE_LIMITED:15",
  );
  return user;
}

const unlockEvents = (id: string) =>
  db.auditEvent.findMany({
    where: { action: "user.unlock", entityId: id },
    select: { actorId: true, ip: true, data: true },
  });

describe("account unlock", () => {
  it("shows the ADMIN when the lock ends, and unlocking lets the user sign in again, audited", async () => {
    const admin = await sessionOf("ADMIN");
    const user = await lockedUser();
    const lockedUntil = await getAccountLock(admin, user.id, limiter);
    expect(lockedUntil).toBeInstanceOf(Date);
    const minutesLeft = (lockedUntil!.getTime() - Date.now()) / 60_000;
    expect(minutesLeft).toBeGreaterThan(14);
    expect(minutesLeft).toBeLessThanOrEqual(15);

    await unlockAccount(admin, user.id, { ip: "198.51.100.7" }, limiter);
    expect(await getAccountLock(admin, user.id, limiter)).toBeNull();
    expect(await unlockEvents(user.id)).toEqual([
      { actorId: admin.id, ip: "198.51.100.7", data: { lockedUntil: expect.any(String) } },
    ]);
    expect((await signInWithPassword(user.email, user.password, "203.0.113.50", limiter))?.id).toBe(user.id);
  });

  it("refuses to unlock an account that is not locked (CONFLICT) and unknown ids (NOT_FOUND)", async () => {
    const admin = await sessionOf("ADMIN");
    const user = await createTestUser(db, "PMPTSP_OFFICER");
    expect(await getAccountLock(admin, user.id, limiter)).toBeNull();
    await expect(unlockAccount(admin, user.id, {}, limiter)).rejects.toMatchObject({
      code: "CONFLICT",
      details: { fieldErrors: { form: ["notLocked"] } },
    });
    await expect(unlockAccount(admin, randomUUID(), {}, limiter)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(getAccountLock(admin, "bukan-uuid", limiter)).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await unlockEvents(user.id)).toEqual([]);
  });

  it("refuses every other role (FORBIDDEN) and the lock stays", async () => {
    const admin = await sessionOf("ADMIN");
    const user = await lockedUser();
    for (const role of ["PMPTSP_OFFICER", "DISKOP_STAFF", "COMPANY_STAFF", "UMKM_OWNER"] as const) {
      const actor = await sessionOf(role);
      await expect(unlockAccount(actor, user.id, {}, limiter), role).rejects.toMatchObject({ code: "FORBIDDEN" });
      await expect(getAccountLock(actor, user.id, limiter), role).rejects.toMatchObject({ code: "FORBIDDEN" });
    }
    expect(await getAccountLock(admin, user.id, limiter)).toBeInstanceOf(Date);
    expect(await unlockEvents(user.id)).toEqual([]);
  });
});
