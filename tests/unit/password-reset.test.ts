import { mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import {
  completePasswordReset,
  createPasswordResetLimiter,
  isPasswordResetTokenUsable,
  requestPasswordReset,
  type PasswordResetLimiter,
} from "@/lib/dal/users/password-reset";
import { createSignInLimiter, type SignInLimiter } from "@/lib/dal/users/sign-in-limiter";
import { verifyPassword } from "@/lib/password";
import { createTestCompany, createTestUser } from "@/prisma/seed/factories";
import { Interrupt } from "../setup/next-mocks";
import { testDatabaseUrl, truncateDomainTables } from "../setup/db";

// Self-service password reset (lib/dal/users/password-reset.ts, app/sign-in/password-reset-actions.ts):
// one answer for known and unknown emails, a hashed single-use 30-minute token, limits per
// email and per IP, audit events without the token, and the mail in the test outbox.

const outbox = vi.hoisted(() => ({ dir: "", pending: [] as Promise<unknown>[] }));
// Next's after(): the mail is sent once the answer has left; here the test waits for it.
vi.mock("next/server", () => ({ after: (task: () => Promise<unknown>) => outbox.pending.push(task()) }));
vi.mock("next/navigation", async () => (await import("../setup/next-mocks")).navigationMock());
vi.mock("next/headers", async () =>
  (await import("../setup/next-mocks")).headersMock({ "x-forwarded-for": "198.51.100.77" }),
);

const NEW_PASSWORD = "kapal layar sore hari";
let pool: pg.Pool;
let limiter: PasswordResetLimiter;
let signIn: SignInLimiter;

beforeAll(async () => {
  pool = new pg.Pool({ connectionString: testDatabaseUrl(), max: 2 });
  limiter = createPasswordResetLimiter(pool, { perEmail: 1000, perIp: 1000 });
  signIn = createSignInLimiter(pool);
  outbox.dir = await mkdtemp(path.join(os.tmpdir(), "reset-outbox-"));
  process.env.MAIL_OUTBOX_DIR = outbox.dir;
  process.env.NEXTAUTH_URL = "http://portal.test";
});
afterAll(async () => {
  await pool.end();
  await rm(outbox.dir, { recursive: true, force: true });
});
beforeEach(() => truncateDomainTables());

const request = (email: string, options: { now?: Date; ip?: string } = {}) =>
  requestPasswordReset(email, { limiter, ip: options.ip ?? "203.0.113.5", now: options.now });
const complete = (token: string, password = NEW_PASSWORD, now?: Date) =>
  completePasswordReset(token, password, { limiter: signIn, now });

async function refusal(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

async function auditRows(action: string) {
  return db.auditEvent.findMany({ where: { action }, orderBy: { createdAt: "asc" } });
}

describe("requestPasswordReset", () => {
  it("stores only the token's hash, valid for 30 minutes, and audits the request without it", async () => {
    const user = await createTestUser(db, "PMPTSP_OFFICER");
    const now = new Date("2026-12-01T03:00:00Z");
    const target = await request(user.email.toUpperCase(), { now });
    expect(target).toMatchObject({ email: user.email });
    const rows = await db.passwordResetToken.findMany({ where: { userId: user.id } });
    expect(rows).toHaveLength(1);
    expect(rows[0]!.tokenHash).not.toContain(target!.token);
    expect(rows[0]!.expiresAt.toISOString()).toBe("2026-12-01T03:30:00.000Z");
    const [audit] = await auditRows("auth.password_reset_requested");
    expect(audit).toMatchObject({ actorId: user.id, entityId: user.id, ip: "203.0.113.5" });
    expect(JSON.stringify(audit)).not.toContain(target!.token);
  });

  it("answers null for an unknown or disabled account, stores no token and audits the attempt", async () => {
    const disabled = await createTestUser(db, "DISKOP_STAFF", { isActive: false });
    expect(await request("nobody@example.org")).toBeNull();
    expect(await request(disabled.email)).toBeNull();
    expect(await db.passwordResetToken.count()).toBe(0);
    const audits = await auditRows("auth.password_reset_requested");
    expect(audits.map((row) => row.reason)).toEqual(["unknown_account", "unknown_account"]);
  });

  it("limits requests per email and per IP, known and unknown emails alike", async () => {
    const user = await createTestUser(db, "PMPTSP_OFFICER");
    const tight = createPasswordResetLimiter(pool, { perEmail: 2, perIp: 3 });
    const ask = (email: string, ip: string) => requestPasswordReset(email, { limiter: tight, ip });
    await ask(user.email, "203.0.113.1");
    await ask(user.email, "203.0.113.2");
    const known = await refusal(ask(user.email, "203.0.113.3"));
    await ask("ghost@example.org", "203.0.113.4");
    await ask("ghost@example.org", "203.0.113.4");
    const unknown = await refusal(ask("ghost@example.org", "203.0.113.5"));
    for (const error of [known, unknown]) {
      expect(error.code).toBe("RATE_LIMITED");
      expect(error.details?.fieldErrors?.form?.[0]).toMatch(/^rateLimited\|\d+$/);
    }
    await ask("a@example.org", "203.0.113.9");
    await ask("b@example.org", "203.0.113.9");
    await ask("c@example.org", "203.0.113.9");
    expect((await refusal(ask("d@example.org", "203.0.113.9"))).code).toBe("RATE_LIMITED");
    // The refused request issued nothing: the user still has the two tokens of the allowed ones.
    expect(await db.passwordResetToken.count({ where: { userId: user.id } })).toBe(2);
  });
});

describe("completePasswordReset", () => {
  it("sets the password once: the session version moves, the token is spent, the completion audited", async () => {
    const user = await createTestUser(db, "COMPANY_STAFF", { companyId: (await createTestCompany(db)).id });
    const before = await db.user.findUniqueOrThrow({ where: { id: user.id }, select: { sessionVersion: true } });
    const { token } = (await request(user.email))!;
    expect(await isPasswordResetTokenUsable(token)).toBe(true);
    await complete(token);
    const after = await db.user.findUniqueOrThrow({
      where: { id: user.id },
      select: { sessionVersion: true, passwordHash: true, mustChangePassword: true },
    });
    expect(after.sessionVersion).toBe(before.sessionVersion + 1);
    expect(await verifyPassword(after.passwordHash, NEW_PASSWORD)).toBe(true);
    expect(after.mustChangePassword).toBe(false);
    expect(await isPasswordResetTokenUsable(token)).toBe(false);
    const again = await refusal(complete(token, "another long passphrase"));
    expect(again.details?.fieldErrors).toEqual({ form: ["resetLinkInvalid"] });
    const [audit] = await auditRows("auth.password_reset_completed");
    expect(audit).toMatchObject({ actorId: user.id, entityId: user.id });
    expect(JSON.stringify(audit)).not.toContain(token);
  });

  it("refuses a wrong, malformed or expired token and changes nothing", async () => {
    const user = await createTestUser(db, "PMPTSP_OFFICER");
    const now = new Date();
    const { token } = (await request(user.email, { now }))!;
    const wrong = `${token.slice(0, -1)}${token.endsWith("A") ? "B" : "A"}`;
    for (const attempt of [wrong, "short", `${token}x`]) {
      expect((await refusal(complete(attempt))).details?.fieldErrors).toEqual({ form: ["resetLinkInvalid"] });
    }
    const late = new Date(now.getTime() + 30 * 60_000 + 1000);
    expect(await isPasswordResetTokenUsable(token, late)).toBe(false);
    expect((await refusal(complete(token, NEW_PASSWORD, late))).details?.fieldErrors).toEqual({
      form: ["resetLinkInvalid"],
    });
    const row = await db.user.findUniqueOrThrow({ where: { id: user.id }, select: { passwordHash: true } });
    expect(await verifyPassword(row.passwordHash, NEW_PASSWORD)).toBe(false);
  });

  it("a newer link replaces an older one, and a completed reset spends every outstanding link", async () => {
    const user = await createTestUser(db, "PMPTSP_OFFICER");
    const first = (await request(user.email))!.token;
    const second = (await request(user.email))!.token;
    expect(await isPasswordResetTokenUsable(first)).toBe(false);
    await complete(second);
    expect(await db.passwordResetToken.count({ where: { userId: user.id, usedAt: null } })).toBe(0);
  });

  it("applies the password policy (common passwords, the email) and keeps the token usable", async () => {
    const user = await createTestUser(db, "PMPTSP_OFFICER", { email: "budi.santoso@example.org" });
    const { token } = (await request(user.email))!;
    expect((await refusal(complete(token, "password123"))).details?.fieldErrors).toEqual({
      newPassword: ["passwordTooCommon"],
    });
    expect((await refusal(complete(token, "xx budi.santoso xx"))).details?.fieldErrors).toEqual({
      newPassword: ["passwordContainsEmail"],
    });
    expect(await isPasswordResetTokenUsable(token)).toBe(true);
  });
});

describe("the reset actions", () => {
  const IDLE = { status: "idle", fieldErrors: {}, formError: null } as const;
  const form = (fields: Record<string, string>) => {
    const data = new FormData();
    for (const [key, value] of Object.entries(fields)) data.set(key, value);
    return data;
  };
  const mails = async () =>
    Promise.all(
      (await readdir(outbox.dir)).map(
        async (file) => JSON.parse(await readFile(path.join(outbox.dir, file), "utf8")) as { to: string; text: string },
      ),
    );

  it("answer a known and an unknown email the same; only the known one gets a mail with the link", async () => {
    const { requestPasswordResetAction, completePasswordResetAction } =
      await import("@/app/sign-in/password-reset-actions");
    const user = await createTestUser(db, "DISKOP_STAFF", { email: "reset.me@example.org" });
    const known = await requestPasswordResetAction(IDLE, form({ email: user.email }));
    const unknown = await requestPasswordResetAction(IDLE, form({ email: "not.there@example.org" }));
    await Promise.all(outbox.pending);
    expect(known).toEqual({ status: "success", fieldErrors: {}, formError: null, message: "requestSent" });
    expect(unknown).toEqual(known);
    const sent = (await mails()).filter((mail) => mail.to === user.email);
    expect(sent).toHaveLength(1);
    expect((await mails()).some((mail) => mail.to === "not.there@example.org")).toBe(false);
    const link = /http:\/\/portal\.test\/sign-in\/reset\/([A-Za-z0-9_-]{43})/.exec(sent[0]!.text);
    expect(link).not.toBeNull();

    const mismatch = await completePasswordResetAction(
      IDLE,
      form({ token: link![1]!, newPassword: NEW_PASSWORD, confirmPassword: "something else" }),
    );
    expect(mismatch.fieldErrors).toEqual({ confirmPassword: "confirmMismatch" });
    const done = await completePasswordResetAction(
      IDLE,
      form({ token: link![1]!, newPassword: NEW_PASSWORD, confirmPassword: NEW_PASSWORD }),
    ).catch((error: unknown) => error);
    expect(done).toEqual(new Interrupt("redirect", "/sign-in?notice=password-reset"));
    const reused = await completePasswordResetAction(
      IDLE,
      form({ token: link![1]!, newPassword: NEW_PASSWORD, confirmPassword: NEW_PASSWORD }),
    );
    expect(reused).toMatchObject({ status: "error", formError: "resetLinkInvalid" });
  });

  it("refuses a malformed email next to its field", async () => {
    const { requestPasswordResetAction } = await import("@/app/sign-in/password-reset-actions");
    const state = await requestPasswordResetAction(IDLE, form({ email: "no-at-sign" }));
    expect(state).toMatchObject({ status: "error", fieldErrors: { email: "emailInvalid" } });
  });
});
