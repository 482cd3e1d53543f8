import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { Interrupt } from "../setup/next-mocks";
import { SERVER_ACTIONS, type ActionRule } from "../setup/access-manifest";
import { AppError } from "@/lib/errors";
import type { Role } from "@/lib/generated/prisma/enums";
import type { SessionUser } from "@/lib/session-user";
import { snapshotDatabase } from "../setup/db-snapshot";
import { buildActionFixtures, ACTION_SAMPLES, type ActionFixtures } from "./support/action-samples";

// The forbidden-access matrix for server actions: every exported action listed in
// tests/setup/access-manifest.ts is called, as a user of every role it must not serve, with input that
// IS valid (proved by calling it once as an allowed role afterwards). Each refused call must be
// refused (403/404-equivalent) and leave the database exactly as it was. The session and
// Next.js' request APIs are replaced by faithful stand-ins; the actions and the data layer run
// for real against the test database.

const session = vi.hoisted(() => ({ user: null as SessionUser | null }));

vi.mock("next/navigation", async () => (await import("../setup/next-mocks")).navigationMock());
vi.mock("next/cache", async () => (await import("../setup/next-mocks")).cacheMock());
vi.mock("next/headers", async () =>
  (await import("../setup/next-mocks")).headersMock({ "x-forwarded-for": "203.0.113.7" }),
);
vi.mock("@/lib/auth", async () => {
  const { pageRoles } = await import("@/lib/access/policy");
  const requireUser = async () => {
    if (!session.user) throw new Interrupt("redirect", "/sign-in");
    return session.user;
  };
  const requireRole = async (...roles: readonly Role[]) => {
    const user = await requireUser();
    if (!roles.includes(user.role)) throw new Interrupt("forbidden");
    return user;
  };
  return {
    getSession: async () => session.user,
    requireUser,
    requireRole,
    requirePageRoles: (path: string) => requireRole(...pageRoles(path)),
  };
});

type Outcome = { value?: unknown; error?: unknown };

async function invoke(rule: ActionRule, user: SessionUser | null, fixtures: ActionFixtures): Promise<Outcome> {
  const actionModule = (await import(/* @vite-ignore */ `../../${rule.file}`)) as Record<
    string,
    (...args: unknown[]) => Promise<unknown>
  >;
  const action = actionModule[rule.name];
  if (!action) throw new Error(`${rule.file} does not export ${rule.name}`);
  const sample = ACTION_SAMPLES[`${rule.file}#${rule.name}`];
  if (!sample) throw new Error(`no sample input for ${rule.file}#${rule.name} in tests/unit/support/action-samples.ts`);
  const args = await sample.args(fixtures);
  session.user = user;
  try {
    return { value: await action(...args) };
  } catch (error) {
    return { error };
  } finally {
    session.user = null;
  }
}

const REFUSAL_KEYS = new Set(["forbidden", "notFound"]);

/** True when the outcome is a refusal: 403/404 interrupt, FORBIDDEN/NOT_FOUND error or form state. */
function isRefusal({ value, error }: Outcome): boolean {
  if (error instanceof Interrupt) return error.kind !== "redirect" || error.to?.startsWith("/sign-in") === true;
  if (error instanceof AppError) return error.code === "FORBIDDEN" || error.code === "NOT_FOUND";
  if (error) return false;
  const state = value as { formError?: unknown; fieldErrors?: Record<string, unknown> } | undefined;
  if (typeof state?.formError === "string" && REFUSAL_KEYS.has(state.formError)) return true;
  const formErrors = state?.fieldErrors?.form;
  return Array.isArray(formErrors)
    ? formErrors.some((key) => REFUSAL_KEYS.has(String(key)))
    : REFUSAL_KEYS.has(String(formErrors));
}

function describeOutcome({ value, error }: Outcome): string {
  return error
    ? `threw ${error instanceof Error ? error.message : String(error)}`
    : `returned ${JSON.stringify(value)}`;
}

const ALL: Role[] = ["ADMIN", "PMPTSP_OFFICER", "DISKOP_STAFF", "COMPANY_STAFF", "UMKM_OWNER"];
const protectedActions = SERVER_ACTIONS.filter(
  (rule): rule is ActionRule & { roles: readonly Role[] } => rule.roles !== "public",
);

describe("forbidden-access matrix: server actions", () => {
  let fixtures: ActionFixtures;
  beforeAll(async () => {
    fixtures = await buildActionFixtures();
  });
  afterAll(() => {
    session.user = null;
  });

  it("has protected actions to check", () => {
    expect(protectedActions.length).toBeGreaterThan(0);
  });

  for (const rule of protectedActions) {
    const forbiddenRoles = ALL.filter((role) => !rule.roles.includes(role));
    const probe = rule.probe ?? rule.roles[0]!;
    it(`${rule.name} (${rule.file}): refused for ${forbiddenRoles.join(", ") || "no other role"}, other tenants and anonymous, nothing changes; allowed for ${probe}`, async () => {
      for (const role of forbiddenRoles) {
        const before = await snapshotDatabase();
        const outcome = await invoke(rule, fixtures.users[role], fixtures);
        expect(isRefusal(outcome), `${role} → ${rule.name} ${describeOutcome(outcome)}`).toBe(true);
        expect(await snapshotDatabase(), `${role} → ${rule.name} changed the database`).toEqual(before);
      }
      const sample = ACTION_SAMPLES[`${rule.file}#${rule.name}`];
      const otherTenant =
        sample?.scope === "company" ? "OTHER_COMPANY_STAFF" : sample?.scope === "umkm" ? "OTHER_UMKM_OWNER" : null;
      if (otherTenant) {
        const before = await snapshotDatabase();
        const outcome = await invoke(rule, fixtures.users[otherTenant], fixtures);
        expect(isRefusal(outcome), `${otherTenant} → ${rule.name} ${describeOutcome(outcome)}`).toBe(true);
        expect(await snapshotDatabase(), `${otherTenant} → ${rule.name} changed the database`).toEqual(before);
      }
      const before = await snapshotDatabase();
      const anonymous = await invoke(rule, null, fixtures);
      expect(isRefusal(anonymous), `anonymous → ${rule.name} ${describeOutcome(anonymous)}`).toBe(true);
      expect(await snapshotDatabase(), `anonymous → ${rule.name} changed the database`).toEqual(before);
      // The same input is accepted from an allowed role, so the refusals above were about access.
      const allowed = await invoke(rule, fixtures.users[probe], fixtures);
      await sample?.settle?.();
      expect(isRefusal(allowed), `${probe} → ${rule.name} ${describeOutcome(allowed)}`).toBe(false);
      expect(
        allowed.error === undefined || allowed.error instanceof Interrupt,
        `${probe} → ${rule.name} ${describeOutcome(allowed)}`,
      ).toBe(true);
      expect(
        (allowed.value as { status?: string } | undefined)?.status,
        `${probe} → ${rule.name} ${describeOutcome(allowed)}`,
      ).not.toBe("error");
    });
  }
});
