import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { loadSessionUser } from "@/lib/dal/users/auth";
import {
  changeOwnPassword,
  createUser,
  getUserForEdit,
  listCompanyOptions,
  listUsers,
  resetPassword,
  searchUmkmOptions,
  setUserActive,
  updateUser,
} from "@/lib/dal/users/users";
import { AppError } from "@/lib/errors";
import type { Role } from "@/lib/generated/prisma/enums";
import { verifyPassword } from "@/lib/password";
import type { SignInLimiter } from "@/lib/dal/users/sign-in-limiter";
import type { SessionUser } from "@/lib/session-user";
import { createTestCompany, createTestUmkm, createTestUser, TEST_PASSWORD } from "@/prisma/seed/factories";
import { withTestDb } from "../setup/db";

// The user-administration data layer on the run's real database. Every test makes its own
// accounts with unique emails, so no test depends on another's rows (nor on the demo seed).

const NEW_PASSWORD = "Kopi-susu Batangtoru 7";
let admin: SessionUser;
let companyId: string;
let umkmId: string;

const unique = (prefix: string) => `${prefix}.${randomUUID().slice(0, 8)}@uji.kemitraan.id`;

async function sessionOf(id: string): Promise<SessionUser> {
  const user = await loadSessionUser(id, 1);
  if (!user) throw new Error(`no session user ${id}`);
  return user;
}

async function newStaff(overrides: { email?: string } = {}) {
  return createUser(admin, {
    email: overrides.email ?? unique("staf"),
    name: "Staf Uji",
    role: "COMPANY_STAFF",
    companyId,
    umkmId: null,
    password: NEW_PASSWORD,
  });
}

async function rowOf(id: string) {
  return db.user.findUniqueOrThrow({ where: { id }, omit: { passwordHash: false } });
}

async function auditOf(id: string, action: string) {
  return db.auditEvent.findMany({ where: { entityType: "user", entityId: id, action } });
}

/** Expects `promise` to reject with AppError `code` (and, if given, `key` on `field`). */
async function expectAppError(promise: Promise<unknown>, code: AppError["code"], field?: string, key?: string) {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  expect((error as AppError).code).toBe(code);
  if (field) expect((error as AppError).details?.fieldErrors).toMatchObject({ [field]: [key] });
}

beforeAll(async () => {
  admin = await sessionOf((await createTestUser(db, "ADMIN")).id);
  companyId = (await createTestCompany(db)).id;
  umkmId = (
    await createTestUmkm(db, {
      businessName: `Katering Sipirok Uji ${randomUUID().slice(0, 6)}`,
      nib: `9${Date.now()}`.slice(0, 13),
    })
  ).id;
});

afterAll(async () => {
  await db.$disconnect();
});

describe("createUser", () => {
  it("creates a firm's staff account that must change its initial password, audited without the password", async () => {
    const email = unique("Budi.Santoso").replace("Budi", "BUDI");
    const { id } = await createUser(admin, {
      email,
      name: "Budi Santoso",
      role: "COMPANY_STAFF",
      companyId,
      umkmId: null,
      password: NEW_PASSWORD,
    });
    const row = await rowOf(id);
    expect(row).toMatchObject({
      email: email.toLowerCase(),
      role: "COMPANY_STAFF",
      companyId,
      umkmId: null,
      mustChangePassword: true,
      isActive: true,
    });
    expect(await verifyPassword(row.passwordHash, NEW_PASSWORD)).toBe(true);
    const [event, ...more] = await auditOf(id, "user.create");
    expect(more).toHaveLength(0);
    expect(event).toMatchObject({
      actorId: admin.id,
      data: { email: email.toLowerCase(), role: "COMPANY_STAFF", companyId },
    });
    expect(JSON.stringify(event?.data)).not.toContain(NEW_PASSWORD);
  });

  it("refuses a taken email (in any letter case) as a CONFLICT on the email field and creates nothing", async () => {
    const email = unique("ganda");
    await newStaff({ email });
    const before = await db.user.count();
    await expectAppError(newStaff({ email: email.toUpperCase() }), "CONFLICT", "email", "emailTaken");
    expect(await db.user.count()).toBe(before);
  });

  it("refuses role/assignment mismatches, unknown firms and weak passwords next to their fields", async () => {
    const before = await db.user.count();
    const base = { email: unique("salah"), name: "Salah", umkmId: null, password: NEW_PASSWORD };
    await expectAppError(
      createUser(admin, { ...base, role: "COMPANY_STAFF", companyId: null }),
      "INVALID_INPUT",
      "companyId",
      "companyRequired",
    );
    await expectAppError(
      createUser(admin, { ...base, role: "PMPTSP_OFFICER", companyId }),
      "INVALID_INPUT",
      "companyId",
      "companyNotAllowed",
    );
    await expectAppError(
      createUser(admin, { ...base, role: "UMKM_OWNER", companyId: null }),
      "INVALID_INPUT",
      "umkmId",
      "umkmRequired",
    );
    await expectAppError(
      createUser(admin, { ...base, role: "COMPANY_STAFF", companyId: randomUUID() }),
      "INVALID_INPUT",
      "companyId",
      "companyNotFound",
    );
    await expectAppError(
      createUser(admin, { ...base, role: "ADMIN", companyId: null, password: "password123" }),
      "INVALID_INPUT",
      "password",
      "passwordTooCommon",
    );
    expect(await db.user.count()).toBe(before);
  });

  it("creates a UMKM owner linked to its UMKM", async () => {
    const { id } = await createUser(admin, {
      email: unique("pemilik"),
      name: "Pemilik",
      role: "UMKM_OWNER",
      companyId: null,
      umkmId,
      password: NEW_PASSWORD,
    });
    expect(await rowOf(id)).toMatchObject({ role: "UMKM_OWNER", umkmId, companyId: null });
  });
});

describe("updateUser", () => {
  it("changes the role, bumps version and session version (old sessions are refused) and audits the change", async () => {
    const { id } = await newStaff();
    expect(await loadSessionUser(id, 1)).not.toBeNull();
    const result = await updateUser(admin, id, {
      name: "Staf Pindah",
      role: "PMPTSP_OFFICER",
      companyId: null,
      umkmId: null,
      version: 1,
    });
    expect(result.version).toBe(2);
    const row = await rowOf(id);
    expect(row).toMatchObject({
      name: "Staf Pindah",
      role: "PMPTSP_OFFICER",
      companyId: null,
      version: 2,
      sessionVersion: 2,
    });
    expect(await loadSessionUser(id, 1)).toBeNull();
    expect((await loadSessionUser(id, 2))?.role).toBe("PMPTSP_OFFICER");
    const [event] = await auditOf(id, "user.update");
    expect(event?.data).toMatchObject({
      changed: {
        role: { from: "COMPANY_STAFF", to: "PMPTSP_OFFICER" },
        companyId: { from: companyId, to: null },
        name: { to: "Staf Pindah" },
      },
      sessionsRevoked: true,
    });
  });

  it("keeps sessions when only the name changes", async () => {
    const { id } = await newStaff();
    await updateUser(admin, id, { name: "Nama Baru", role: "COMPANY_STAFF", companyId, umkmId: null, version: 1 });
    expect(await rowOf(id)).toMatchObject({ name: "Nama Baru", version: 2, sessionVersion: 1 });
    expect(await loadSessionUser(id, 1)).not.toBeNull();
  });

  it("refuses a stale version as CONFLICT and leaves the row as the other admin saved it", async () => {
    const { id } = await newStaff();
    await updateUser(admin, id, { name: "Admin A", role: "COMPANY_STAFF", companyId, umkmId: null, version: 1 });
    await expectAppError(
      updateUser(admin, id, { name: "Admin B", role: "DISKOP_STAFF", companyId: null, umkmId: null, version: 1 }),
      "CONFLICT",
      "form",
      "staleVersion",
    );
    expect(await rowOf(id)).toMatchObject({ name: "Admin A", role: "COMPANY_STAFF", version: 2 });
    expect(await auditOf(id, "user.update")).toHaveLength(1);
  });

  it("does not let an admin remove their own ADMIN role", async () => {
    const self = await sessionOf((await createTestUser(db, "ADMIN")).id);
    await expectAppError(
      updateUser(self, self.id, { name: "Saya", role: "PMPTSP_OFFICER", companyId: null, umkmId: null, version: 1 }),
      "INVALID_INPUT",
      "role",
      "cannotDemoteSelf",
    );
    expect((await rowOf(self.id)).role).toBe("ADMIN");
  });

  it("answers NOT_FOUND for an unknown or malformed id", async () => {
    const input = { name: "X", role: "ADMIN" as const, companyId: null, umkmId: null, version: 1 };
    await expectAppError(updateUser(admin, randomUUID(), input), "NOT_FOUND");
    await expectAppError(getUserForEdit(admin, "not-a-uuid"), "NOT_FOUND");
  });
});

describe("setUserActive", () => {
  it("disables (ending sessions) and re-enables an account, auditing each", async () => {
    const { id } = await newStaff();
    await setUserActive(admin, id, false);
    expect(await rowOf(id)).toMatchObject({ isActive: false, sessionVersion: 2 });
    expect(await loadSessionUser(id, 1)).toBeNull();
    expect(await loadSessionUser(id, 2)).toBeNull();
    await setUserActive(admin, id, false);
    expect(await auditOf(id, "user.disable")).toHaveLength(1);
    await setUserActive(admin, id, true);
    expect(await loadSessionUser(id, 2)).not.toBeNull();
    expect(await auditOf(id, "user.enable")).toHaveLength(1);
  });

  it("does not let an admin disable themselves", async () => {
    await expectAppError(setUserActive(admin, admin.id, false), "INVALID_INPUT", "form", "cannotDisableSelf");
    expect((await rowOf(admin.id)).isActive).toBe(true);
  });
});

describe("resetPassword", () => {
  it("sets a temporary password, forces a change at next sign-in and ends sessions; the audit holds no password", async () => {
    const { id } = await newStaff();
    await db.user.update({ where: { id }, data: { mustChangePassword: false } });
    await resetPassword(admin, id, "Sementara-Sipirok-42");
    const row = await rowOf(id);
    expect(row).toMatchObject({ mustChangePassword: true, sessionVersion: 2 });
    expect(await verifyPassword(row.passwordHash, "Sementara-Sipirok-42")).toBe(true);
    expect(await loadSessionUser(id, 1)).toBeNull();
    const [event] = await auditOf(id, "user.reset_password");
    expect(event?.actorId).toBe(admin.id);
    expect(JSON.stringify(event)).not.toContain("Sementara-Sipirok-42");
  });

  it("refuses a common password and one containing the user's email", async () => {
    const email = unique("rahmat");
    const { id } = await newStaff({ email });
    await expectAppError(resetPassword(admin, id, "iloveyou"), "INVALID_INPUT", "password", "passwordTooCommon");
    await expectAppError(
      resetPassword(admin, id, `${email.split("@")[0]}!9`),
      "INVALID_INPUT",
      "password",
      "passwordContainsEmail",
    );
    expect((await rowOf(id)).sessionVersion).toBe(1);
  });
});

describe("changeOwnPassword", () => {
  it("checks the current password, clears must-change, ends sessions and audits", async () => {
    const { id } = await newStaff();
    const user = await sessionOf(id);
    expect(user.mustChangePassword).toBe(true);
    await expectAppError(
      changeOwnPassword(user, "salah-sandi-lama", "Teh-manis Sibolga 9"),
      "INVALID_INPUT",
      "currentPassword",
      "currentPasswordWrong",
    );
    expect(await auditOf(id, "user.change_password_failed")).toHaveLength(1);
    await expectAppError(
      changeOwnPassword(user, NEW_PASSWORD, NEW_PASSWORD),
      "INVALID_INPUT",
      "newPassword",
      "passwordUnchanged",
    );
    await changeOwnPassword(user, NEW_PASSWORD, "Teh-manis Sibolga 9");
    const row = await rowOf(id);
    expect(row).toMatchObject({ mustChangePassword: false, sessionVersion: 2 });
    expect(await verifyPassword(row.passwordHash, "Teh-manis Sibolga 9")).toBe(true);
    expect(await loadSessionUser(id, 1)).toBeNull();
    expect(await auditOf(id, "user.change_password")).toHaveLength(1);
  });
});

describe("changeOwnPassword and the sign-in limiter", () => {
  /** Records calls; `locked` makes check() refuse like a locked account. */
  function fakeLimiter(locked: boolean) {
    const calls: string[] = [];
    const limiter: SignInLimiter = {
      check: async (email) => {
        calls.push(`check ${email}`);
        return locked ? { allowed: false, scope: "account", retryAfterSeconds: 600 } : { allowed: true };
      },
      recordFailure: async (email) => {
        calls.push(`failure ${email}`);
      },
      recordSuccess: async (email) => {
        calls.push(`success ${email}`);
      },
      accountLockedUntil: async () => null,
      unlockAccount: async () => false,
    };
    return { limiter, calls };
  }

  it("counts a wrong current password as a failure and a change as a success", async () => {
    const email = unique("terbatas");
    const user = await sessionOf((await newStaff({ email })).id);
    const { limiter, calls } = fakeLimiter(false);
    await expectAppError(
      changeOwnPassword(user, "bukan-sandinya", "Ombus-ombus Siborong 5", {}, limiter),
      "INVALID_INPUT",
    );
    await changeOwnPassword(user, NEW_PASSWORD, "Ombus-ombus Siborong 5", {}, limiter);
    expect(calls).toEqual([`check ${email}`, `failure ${email}`, `check ${email}`, `success ${email}`]);
  });

  it("refuses any attempt while the account is locked, even with the right password, and changes nothing", async () => {
    const { id } = await newStaff();
    const user = await sessionOf(id);
    const { limiter } = fakeLimiter(true);
    await expectAppError(
      changeOwnPassword(user, NEW_PASSWORD, "Ombus-ombus Siborong 5", {}, limiter),
      "RATE_LIMITED",
      "form",
      "rateLimited|10",
    );
    expect(await rowOf(id)).toMatchObject({ mustChangePassword: true, sessionVersion: 1 });
    expect(await verifyPassword((await rowOf(id)).passwordHash, NEW_PASSWORD)).toBe(true);
  });
});

describe("look-ups", () => {
  it("lists users filtered by role and by name/email text", async () => {
    const email = unique("cari.khusus");
    await newStaff({ email });
    const byText = await listUsers(admin, { q: email.slice(0, 20).toUpperCase() });
    expect(byText.map((u) => u.email)).toEqual([email]);
    const admins = await listUsers(admin, { role: "ADMIN" });
    expect(admins.length).toBeGreaterThan(0);
    expect(admins.every((u) => u.role === "ADMIN")).toBe(true);
  });

  it("offers active firms and finds UMKM by name prefix or NIB, at most 20", async () => {
    expect((await listCompanyOptions(admin)).map((c) => c.id)).toContain(companyId);
    const umkm = await db.umkm.findUniqueOrThrow({ where: { id: umkmId } });
    expect((await searchUmkmOptions(admin, "katering sipiro")).map((u) => u.id)).toContain(umkmId);
    expect((await searchUmkmOptions(admin, umkm.nib ?? "")).map((u) => u.id)).toEqual([umkmId]);
    for (let i = 0; i < 21; i += 1) await createTestUmkm(db, { businessName: `Bengkel Limapuluh ${i}` });
    expect(await searchUmkmOptions(admin, "bengkel limapuluh")).toHaveLength(20);
    expect(await searchUmkmOptions(admin, "  ';--  ")).toEqual([]);
  });
});

describe("every non-admin role is refused and changes nothing", () => {
  const ROLES: Role[] = ["PMPTSP_OFFICER", "DISKOP_STAFF", "COMPANY_STAFF", "UMKM_OWNER"];

  async function usersFingerprint(): Promise<string> {
    return withTestDb(async (client) => {
      const users = await client.query<{ h: string }>(
        `SELECT md5(string_agg(u::text, '|' ORDER BY u.id)) AS h FROM users u`,
      );
      const audit = await client.query<{ n: string }>(
        `SELECT count(*)::text AS n FROM audit_events WHERE action LIKE 'user.%'`,
      );
      return `${users.rows[0]?.h}/${audit.rows[0]?.n}`;
    });
  }

  for (const role of ROLES) {
    it(`${role}: every user-administration function answers FORBIDDEN`, async () => {
      const created = await createTestUser(db, role, {
        companyId: role === "COMPANY_STAFF" ? companyId : undefined,
        umkmId: role === "UMKM_OWNER" ? umkmId : undefined,
      });
      const actor = await sessionOf(created.id);
      const { id: target } = await newStaff();
      const before = await usersFingerprint();
      const attempts: Promise<unknown>[] = [
        createUser(actor, {
          email: unique("penyusup"),
          name: "X",
          role: "ADMIN",
          companyId: null,
          umkmId: null,
          password: NEW_PASSWORD,
        }),
        updateUser(actor, target, { name: "X", role: "ADMIN", companyId: null, umkmId: null, version: 1 }),
        updateUser(actor, actor.id, { name: "X", role: "ADMIN", companyId: null, umkmId: null, version: 1 }),
        setUserActive(actor, target, false),
        resetPassword(actor, target, "Diambil-alih 2026"),
        getUserForEdit(actor, target),
        listUsers(actor),
        listCompanyOptions(actor),
        searchUmkmOptions(actor, "katering"),
      ];
      for (const attempt of attempts) await expectAppError(attempt, "FORBIDDEN");
      expect(await usersFingerprint()).toBe(before);
      // Their own password they may change (the one self-service function).
      await changeOwnPassword(actor, TEST_PASSWORD, "Bolu-gulung Tarutung 3");
      expect((await rowOf(actor.id)).sessionVersion).toBe(2);
    });
  }
});
