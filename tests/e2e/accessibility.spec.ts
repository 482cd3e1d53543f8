import { expect, test } from "@playwright/test";
import { PAGES_WITH_SAMPLES } from "../setup/access-manifest";
import { DEMO_USERS, signIn } from "./helpers";
import { seriousViolations } from "./support/axe";

// axe (WCAG 2.0/2.1 A and AA rules) on every page of every role: each demo account signs in and
// visits every page lib/access/policy.ts opens to its role — lists, detail pages (the demo rows
// of tests/setup/access-manifest.ts, the ones the lists link to), forms, settings, account —
// plus the public pages. No serious or critical violation may remain. (Inalum's staff see 404
// for Agincourt's rows: that page is checked too.)

/** The concrete URLs of every page open to `role` (patterns with dynamic segments use their sample). */
function pagesOf(role: string): string[] {
  return PAGES_WITH_SAMPLES.filter((page) => (page.roles as readonly string[]).includes(role)).map(
    (page) => page.sample ?? page.path,
  );
}

test("axe: the public pages have no serious or critical violations", async ({ page }) => {
  for (const path of ["/", "/sign-in", "/api-docs", "/no-such-page"]) {
    await page.goto(path);
    expect.soft(await seriousViolations(page), path).toEqual([]);
  }
});

for (const user of DEMO_USERS) {
  test(`axe: every page of ${user.role} (${user.email}) has no serious or critical violations`, async ({ page }) => {
    const paths = pagesOf(user.role);
    test.setTimeout(60_000 + paths.length * 15_000);
    expect(paths.length).toBeGreaterThan(3);
    expect(paths.every((path) => !path.includes("["))).toBe(true);
    await signIn(page, user.email);
    for (const path of paths) {
      await page.goto(path);
      expect.soft(await seriousViolations(page), `${user.email} ${path}`).toEqual([]);
    }
  });
}
