import { beforeEach, describe, expect, it, vi } from "vitest";
import { decode } from "next-auth/jwt";
import { db } from "@/lib/db";
import { createTestCompany, createTestUser } from "@/prisma/seed/factories";
import { truncateDomainTables } from "../setup/db";

// The sign-in form's server action (app/sign-in/actions.ts): what a browser without JavaScript
// posts as a plain form. It signs in with next-auth's own session cookie, keeps the limiter and
// the audit events, answers in message keys, and only ever redirects to a portal path.

class Redirect extends Error {
  constructor(readonly to: string) {
    super(`redirect ${to}`);
  }
}

const jar = vi.hoisted(() => ({ set: [] as { name: string; value: string; options: Record<string, unknown> }[] }));

vi.mock("next/navigation", () => ({
  redirect: (to: string) => {
    throw new Redirect(to);
  },
  forbidden: () => {
    throw new Error("forbidden");
  },
  notFound: () => {
    throw new Error("notFound");
  },
}));
vi.mock("next/headers", () => ({
  headers: async () => new Headers({ "x-forwarded-for": "198.51.100.23" }),
  cookies: async () => ({
    set: (name: string, value: string, options: Record<string, unknown>) => jar.set.push({ name, value, options }),
  }),
}));

const { signInAction } = await import("@/app/sign-in/actions");
const IDLE = { status: "idle", fieldErrors: {}, formError: null } as const;

function form(fields: Record<string, string>): FormData {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) data.set(key, value);
  return data;
}

async function submit(fields: Record<string, string>) {
  try {
    return { state: await signInAction(IDLE, form(fields)) };
  } catch (error) {
    if (error instanceof Redirect) return { redirectedTo: error.to };
    throw error;
  }
}

beforeEach(async () => {
  jar.set = [];
  await truncateDomainTables();
});

describe("signInAction", () => {
  it("signs in with next-auth's session cookie and goes to the requested portal page", async () => {
    const user = await createTestUser(db, "PMPTSP_OFFICER");
    expect(
      await submit({
        email: ` ${user.email.toUpperCase()} `,
        password: user.password,
        callbackUrl: "/needs?status=OPEN",
      }),
    ).toEqual({ redirectedTo: "/needs?status=OPEN" });
    expect(jar.set).toHaveLength(1);
    const [cookie] = jar.set;
    expect(cookie).toMatchObject({
      name: "next-auth.session-token",
      options: { httpOnly: true, sameSite: "lax", path: "/", secure: false, maxAge: 1800 },
    });
    const token = await decode({ token: cookie!.value, secret: process.env.NEXTAUTH_SECRET! });
    expect(token).toMatchObject({ uid: user.id, sv: 1, sub: user.id, email: user.email });
    expect(typeof token?.authTime).toBe("number");
    const events = await db.auditEvent.findMany({ where: { actorId: user.id }, select: { action: true, ip: true } });
    expect(events).toEqual([{ action: "auth.sign_in", ip: "198.51.100.23" }]);
  });

  it("goes to the dashboard when the callbackUrl points off the portal", async () => {
    const user = await createTestUser(db, "DISKOP_STAFF");
    for (const callbackUrl of [
      "/\\evil.example",
      "/\t/evil.example",
      "//evil.example",
      "https://evil.example",
      "javascript:alert(1)",
    ]) {
      expect(await submit({ email: user.email, password: user.password, callbackUrl }), callbackUrl).toEqual({
        redirectedTo: "/dashboard",
      });
    }
  });

  it("answers a wrong password with `invalid`, sets no cookie, keeps the email but never echoes the password", async () => {
    const user = await createTestUser(db, "ADMIN");
    const outcome = await submit({ email: user.email, password: "bukan-sandinya", callbackUrl: "/dashboard" });
    expect(outcome).toEqual({
      state: { status: "error", fieldErrors: {}, formError: "invalid", values: { email: user.email } },
    });
    expect(jar.set).toEqual([]);
    expect(await db.auditEvent.count({ where: { action: "auth.sign_in_failed", actorId: user.id } })).toBe(1);
  });

  it("answers empty fields next to each field without trying the password", async () => {
    expect(await submit({ email: "", password: "" })).toEqual({
      state: {
        status: "error",
        fieldErrors: { email: "emailRequired", password: "passwordRequired" },
        formError: null,
        values: { email: "" },
      },
    });
    expect(await db.auditEvent.count()).toBe(0);
  });

  it("keeps the brute-force lock: after 5 failures even the right password is refused with the wait time", async () => {
    const user = await createTestUser(db, "COMPANY_STAFF", { companyId: (await createTestCompany(db)).id });
    for (let i = 0; i < 5; i++) await submit({ email: user.email, password: `tebakan-${i}` });
    expect(await submit({ email: user.email, password: user.password })).toEqual({
      state: { status: "error", fieldErrors: {}, formError: "rateLimited|15", values: { email: user.email } },
    });
    expect(jar.set).toEqual([]);
    expect(await db.auditEvent.count({ where: { action: "auth.locked_out", actorId: user.id } })).toBe(1);
  });
});
