import { expect, request as newRequest, test, type APIRequestContext } from "@playwright/test";
import { PAGES_WITH_SAMPLES, ROUTE_HANDLERS } from "../setup/access-manifest";
import type { Role } from "../../lib/generated/prisma/enums";
import { snapshotDatabase } from "../setup/db-snapshot";
import { DEMO_PASSWORD, DEMO_USERS } from "./helpers";

// The forbidden-access matrix: every role (and an anonymous visitor) against every protected
// page of lib/access/policy.ts (the same list the app's guards use) and every route handler of
// tests/setup/access-manifest.ts; tests/unit/access-coverage.test.ts keeps both complete.
// Refused requests must answer 403/404 (or 401 / a redirect to sign-in when anonymous) and
// leave the database unchanged.
// This file runs in its own Playwright project after every other spec, so no other test
// writes to the database while it compares snapshots.

// COMPANY_STAFF is Agincourt's demo user, who owns the tenant-scoped samples; OTHER_FIRM_STAFF
// is Inalum's, who has the same role but must not even learn that those rows exist.
type Actor = Role | "ANONYMOUS" | "OTHER_FIRM_STAFF";
const ACTORS: Actor[] = [
  "ANONYMOUS",
  "ADMIN",
  "PMPTSP_OFFICER",
  "DISKOP_STAFF",
  "COMPANY_STAFF",
  "OTHER_FIRM_STAFF",
  "UMKM_OWNER",
];
const EMAIL_OF: Partial<Record<Actor, string>> = {
  COMPANY_STAFF: "agincourt@demo.kemitraan.id",
  OTHER_FIRM_STAFF: "inalum@demo.kemitraan.id",
};
const roleOf = (actor: Actor): Role | null =>
  actor === "ANONYMOUS" ? null : actor === "OTHER_FIRM_STAFF" ? "COMPANY_STAFF" : actor;

async function contextFor(actor: Actor, baseURL: string): Promise<APIRequestContext> {
  const context = await newRequest.newContext({ baseURL });
  if (actor === "ANONYMOUS") return context;
  const user = DEMO_USERS.find(
    (candidate) => candidate.email === (EMAIL_OF[actor] ?? candidate.email) && candidate.role === roleOf(actor),
  )!;
  const { csrfToken } = (await (await context.get("/api/auth/csrf")).json()) as { csrfToken: string };
  const response = await context.post("/api/auth/callback/credentials", {
    form: { csrfToken, email: user.email, password: DEMO_PASSWORD, json: "true" },
  });
  expect(response.ok(), `sign-in of ${user.email}`).toBe(true);
  const session = await (await context.get("/api/auth/session")).json();
  expect(session.uid, `session of ${user.email}`).toBeTruthy();
  return context;
}

const isAllowed = (roles: readonly Role[] | "public" | "api-token", actor: Actor) =>
  roles === "public" || (roles !== "api-token" && roleOf(actor) !== null && roles.includes(roleOf(actor)!));

for (const actor of ACTORS) {
  test(`${actor}: every page and route handler it must not use is refused and changes nothing`, async ({ baseURL }) => {
    const context = await contextFor(actor, baseURL!);
    const before = await snapshotDatabase();
    const refused: string[] = [];
    for (const page of PAGES_WITH_SAMPLES) {
      const url = page.sample ?? page.path;
      const response = await context.get(url, { maxRedirects: 0 });
      if (actor === "ANONYMOUS") {
        expect(response.status(), url).toBe(307);
        expect(response.headers()["location"], url).toContain("/sign-in");
      } else if (actor === "OTHER_FIRM_STAFF" && page.tenantScoped === "company") {
        expect(response.status(), `${actor} must not learn that ${url} exists`).toBe(404);
        refused.push(url);
      } else if (isAllowed(page.roles, actor)) {
        expect(response.status(), `${actor} may open ${url}`).toBe(200);
      } else {
        expect([403, 404], `${actor} must not open ${url}`).toContain(response.status());
        refused.push(url);
      }
    }
    for (const route of ROUTE_HANDLERS) {
      if (isAllowed(route.roles, actor)) continue;
      const url = route.sample ?? route.path;
      const response = await context.fetch(url, {
        method: route.method,
        maxRedirects: 0,
        data: route.method === "GET" ? undefined : {},
      });
      if (actor === "ANONYMOUS" && response.status() === 307) {
        expect(response.headers()["location"], url).toContain("/sign-in");
      } else {
        expect([401, 403, 404], `${actor} must not ${route.method} ${url}`).toContain(response.status());
      }
      refused.push(`${route.method} ${url}`);
    }
    expect(await snapshotDatabase()).toEqual(before);
    test.info().annotations.push({ type: "refused", description: `${refused.length} operations refused` });
    await context.dispose();
  });
}
