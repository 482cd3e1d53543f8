import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { PROTECTED_PAGES } from "@/lib/access/policy";
import { PAGES_WITH_SAMPLES, ROUTE_HANDLERS, SERVER_ACTIONS } from "../setup/access-manifest";

// A new page, route handler or server action cannot be added without a row in the policy (pages)
// or the access manifest (route handlers, server actions, samples) —
// and therefore without a row in the forbidden-access matrix built from it.

function walk(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? walk(full) : [full];
  });
}

/** "app/(portal)/users/[id]/page.tsx" → "/users/[id]" (route groups dropped). */
function routeOf(file: string, base: string): string {
  const segments = path
    .dirname(path.relative(base, file))
    .split(path.sep)
    .filter((s) => s !== "." && !/^\(.*\)$/.test(s));
  return `/${segments.join("/")}`;
}

describe("access policy covers every entry point", () => {
  const files = walk("app");

  it("lists every page under app/(portal)", () => {
    const pages = files
      .filter((f) => f.startsWith(path.join("app", "(portal)")) && f.endsWith("page.tsx"))
      .map((f) => routeOf(f, "app"));
    expect(pages.length).toBeGreaterThan(0);
    expect(pages.sort()).toEqual(PROTECTED_PAGES.map((p) => p.path).sort());
  });

  it("lists every method of every route handler under app/", () => {
    const handlers = files
      .filter((f) => f.endsWith("route.ts"))
      .flatMap((f) => {
        const source = fs.readFileSync(f, "utf8");
        const methods = [
          ...source.matchAll(/export (?:async function|const|function) (GET|POST|PUT|PATCH|DELETE)\b/g),
        ].map((m) => m[1]);
        const reexported = [...source.matchAll(/export \{([^}]*)\}/g)].flatMap((m) =>
          [...m[1]!.matchAll(/as (GET|POST|PUT|PATCH|DELETE)\b/g)].map((x) => x[1]),
        );
        return [...methods, ...reexported].map((method) => `${method} ${routeOf(f, "app")}`);
      });
    expect(handlers.sort()).toEqual(ROUTE_HANDLERS.map((r) => `${r.method} ${r.path}`).sort());
  });

  it("lists every exported server action", () => {
    const actions = files
      .filter((f) => f.endsWith("actions.ts") && fs.readFileSync(f, "utf8").startsWith('"use server"'))
      // formAction(...) actions are exported consts; a "use server" file exports only actions.
      .flatMap((f) =>
        [...fs.readFileSync(f, "utf8").matchAll(/export (?:async function|const) (\w+)/g)].map((m) => `${f}#${m[1]}`),
      );
    expect(actions.sort()).toEqual(SERVER_ACTIONS.map((a) => `${a.file}#${a.name}`).sort());
  });

  it("gives every protected page a concrete URL to visit", () => {
    for (const page of PAGES_WITH_SAMPLES) {
      const url = page.sample ?? page.path;
      expect(url, page.path).not.toMatch(/\[/);
    }
  });
});
