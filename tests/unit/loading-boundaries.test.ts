import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

// A loading.tsx wraps its folder's page (and every page below it) in a Suspense boundary, so
// the response starts streaming as 200 before the page runs: a forbidden()/notFound()/redirect
// there can no longer set 403/404/307 (Next.js' not-found docs, "after streaming has started").
// The portal's refusals are status codes (tests/e2e/forbidden-matrix.spec.ts), so a skeleton
// may only sit where the refusal happens before the boundary: in the folder's layout.tsx, with
// exactly one page below it that cannot refuse on its own.

function walk(dir: string): string[] {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .flatMap((entry) =>
      entry.isDirectory() ? walk(path.join(dir, entry.name)) : [path.join(dir, entry.name).split(path.sep).join("/")],
    );
}

/** "app/(portal)/umkm/(registry)" → "/umkm" (route groups dropped). */
function routeOf(dir: string): string {
  const segments = dir
    .split("/")
    .slice(1)
    .filter((segment) => !/^\(.*\)$/.test(segment));
  return `/${segments.join("/")}`;
}

const files = walk("app");
const loadings = files.filter((file) => path.posix.basename(file) === "loading.tsx");
const REFUSALS = /\b(?:notFound|forbidden|unauthorized|redirect|loadOr404|answerPageError)\(/;

describe("loading.tsx skeletons never hide a refusal's status code", () => {
  it("the heavy lists and the dashboard have skeletons", () => {
    expect(loadings.map((file) => routeOf(path.posix.dirname(file))).sort()).toEqual(
      expect.arrayContaining(["/dashboard", "/matches", "/needs", "/umkm"]),
    );
  });

  it.each(loadings)("%s: one page below it, refused by the folder's layout before streaming", (loading) => {
    const dir = path.posix.dirname(loading);
    const pages = files.filter((file) => file.startsWith(`${dir}/`) && path.posix.basename(file) === "page.tsx");
    expect(pages, "pages inside this Suspense boundary").toEqual([`${dir}/page.tsx`]);
    const layout = fs.readFileSync(`${dir}/layout.tsx`, "utf8");
    expect(layout).toContain(`requirePageRoles("${routeOf(dir)}")`);
    expect(fs.readFileSync(pages[0]!, "utf8")).not.toMatch(REFUSALS);
  });
});
