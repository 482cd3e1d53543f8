import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { Interrupt } from "../setup/next-mocks";
import { SERVER_ACTIONS } from "../setup/access-manifest";
import { db } from "@/lib/db";
import { PASSWORD_PAGE } from "@/lib/account";
import { createTestUser, TEST_PASSWORD } from "@/prisma/seed/factories";
import { snapshotDatabase } from "../setup/db-snapshot";
import { ACTION_SAMPLES, buildActionFixtures, type ActionFixtures } from "./support/action-samples";

// A user whose password change is due (an account created or reset by an admin) may call no
// server action, open no page and use no route handler but the password change. Unlike
// forbidden-actions.test.ts, lib/auth.ts runs for real here: only next-auth's cookie decoding
// (getServerSession) and Next.js' request APIs are replaced.

const session = vi.hoisted(() => ({ token: null as null | { uid: string; sv: number; authTime: number } }));

vi.mock("next-auth", async (importOriginal) => ({
  ...(await importOriginal<typeof import("next-auth")>()),
  getServerSession: async () => session.token,
}));
vi.mock("next/navigation", async () => (await import("../setup/next-mocks")).navigationMock());
vi.mock("next/cache", async () => (await import("../setup/next-mocks")).cacheMock());
vi.mock("next/headers", async () =>
  (await import("../setup/next-mocks")).headersMock({ "x-forwarded-for": "203.0.113.9" }),
);

const { getSession, requirePageRoles } = await import("@/lib/auth");

/** Signs `userId` in (as next-auth would decode its cookie) with the user's current session version. */
async function signInAs(userId: string): Promise<void> {
  const { sessionVersion } = await db.user.findUniqueOrThrow({
    where: { id: userId },
    select: { sessionVersion: true },
  });
  session.token = { uid: userId, sv: sessionVersion, authTime: Math.floor(Date.now() / 1000) };
}

async function outcomeOf(run: () => Promise<unknown>): Promise<{ value?: unknown; error?: unknown }> {
  try {
    return { value: await run() };
  } catch (error) {
    return { error };
  }
}

const CHANGE_PASSWORD = "app/(portal)/account/password/actions.ts#changePasswordAction";

describe("a user whose password change is due", () => {
  let fixtures: ActionFixtures;
  let adminId: string;

  beforeAll(async () => {
    fixtures = await buildActionFixtures();
    // An ADMIN, so no role check refuses anything: only the due password change can.
    adminId = (await createTestUser(db, "ADMIN")).id;
  });
  afterEach(() => {
    session.token = null;
  });

  const actions = SERVER_ACTIONS.filter(
    (rule) => rule.roles !== "public" && `${rule.file}#${rule.name}` !== CHANGE_PASSWORD,
  );

  it("is sent to the password page by every server action but the password change, and nothing changes", async () => {
    await db.user.update({ where: { id: adminId }, data: { mustChangePassword: true } });
    expect(actions.length).toBeGreaterThan(30);
    for (const rule of actions) {
      const actionModule = (await import(/* @vite-ignore */ `../../${rule.file}`)) as Record<
        string,
        (...args: unknown[]) => Promise<unknown>
      >;
      const args = await ACTION_SAMPLES[`${rule.file}#${rule.name}`]!.args(fixtures);
      await signInAs(adminId);
      const before = await snapshotDatabase();
      const outcome = await outcomeOf(() => actionModule[rule.name]!(...args));
      expect(outcome.error, `${rule.name}`).toEqual(new Interrupt("redirect", PASSWORD_PAGE));
      expect(await snapshotDatabase(), `${rule.name} changed the database`).toEqual(before);
    }
  });

  it("is sent to the password page by route handlers and pages, but may open the password page", async () => {
    await db.user.update({ where: { id: adminId }, data: { mustChangePassword: true } });
    await signInAs(adminId);
    const { GET: exportCsv } = await import("@/app/api/umkm/export/route");
    expect((await outcomeOf(() => exportCsv(new Request("http://localhost:3000/api/umkm/export")))).error).toEqual(
      new Interrupt("redirect", PASSWORD_PAGE),
    );
    expect((await outcomeOf(() => requirePageRoles("/needs"))).error).toEqual(new Interrupt("redirect", PASSWORD_PAGE));
    expect((await requirePageRoles(PASSWORD_PAGE)).id).toBe(adminId);
    expect((await getSession({ allowPasswordChangeDue: true }))?.mustChangePassword).toBe(true);
  });

  it("can change the password, after which the same actions are no longer refused for it", async () => {
    await db.user.update({ where: { id: adminId }, data: { mustChangePassword: true } });
    await signInAs(adminId);
    const { changePasswordAction } = await import("@/app/(portal)/account/password/actions");
    const form = new FormData();
    form.set("currentPassword", TEST_PASSWORD);
    form.set("newPassword", "Sampan-Danau Toba 42");
    form.set("confirmPassword", "Sampan-Danau Toba 42");
    expect(await changePasswordAction({ status: "idle", fieldErrors: {}, formError: null }, form)).toEqual({
      status: "success",
      fieldErrors: {},
      formError: null,
      message: "done",
    });
    expect(await db.user.findUniqueOrThrow({ where: { id: adminId }, select: { mustChangePassword: true } })).toEqual({
      mustChangePassword: false,
    });
    // The change ended the session (version bump); signed in again, the user is let through.
    await signInAs(adminId);
    const { markAllNotificationsReadAction } = await import("@/app/(portal)/notifications/actions");
    expect((await outcomeOf(() => markAllNotificationsReadAction())).error).toBeUndefined();
    expect((await requirePageRoles("/needs")).id).toBe(adminId);
  });
});
