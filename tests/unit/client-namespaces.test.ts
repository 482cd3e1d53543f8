import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { CLIENT_NAMESPACES, pickMessages } from "@/lib/i18n/client-namespaces";
import { loadMessages } from "@/lib/i18n/messages";
import { LOCALES } from "@/lib/i18n/config";
import { clientNeeds, namespacesOf, routeFiles, type ClientNeed } from "../setup/client-module-graph";

const segments = Object.keys(CLIENT_NAMESPACES) as (keyof typeof CLIENT_NAMESPACES)[];

/** The folder (relative to app/) whose provider covers a route file, or null for none. */
function coveringSegment(routeFile: string): string | null {
  const name = path.posix.basename(routeFile);
  if (name === "global-error.tsx") return null; // replaces the root layout
  let dir = path.posix.dirname(routeFile.replace(/^app\/?/, "")).replace(/^\.$/, "");
  // A layout's own client components sit outside the provider it wraps its children in.
  if (name === "layout.tsx") {
    if (dir === "") return null;
    dir = dir.includes("/") ? dir.slice(0, dir.lastIndexOf("/")) : "";
  }
  for (;;) {
    if (dir in CLIENT_NAMESPACES) return dir;
    if (dir === "") return null;
    dir = dir.includes("/") ? dir.slice(0, dir.lastIndexOf("/")) : "";
  }
}

const covers = (provided: readonly string[], namespace: string) =>
  provided.some((entry) => namespace === entry || namespace.startsWith(`${entry}.`));

const describeNeed = (need: ClientNeed) =>
  "namespace" in need ? `"${need.namespace}" (${need.file})` : `${need.problem} (${need.file})`;

describe("client message namespaces", () => {
  const routes = routeFiles();

  it("finds the route files and the client components' namespaces (the scanner is not blind)", () => {
    expect(routes).toContain("app/layout.tsx");
    expect(routes).toContain("app/(portal)/needs/new/page.tsx");
    const needs = clientNeeds("app/(portal)/needs/new/page.tsx");
    expect(needs).toContainEqual({ namespace: "needForm", file: "components/needs/need-form.tsx" });
    expect(needs).toContainEqual({ namespace: "scale", file: "components/needs/need-form.tsx" });
    // A non-"use client" module imported by a client one runs on the client too.
    expect(clientNeeds("app/(portal)/matches/[id]/page.tsx")).toContainEqual({
      namespace: "matching",
      file: "components/matches/form-messages.ts",
    });
    // Server components translating with the whole catalogue are not client needs.
    expect(clientNeeds("app/page.tsx").filter((need) => "namespace" in need && need.namespace === "landing")).toEqual(
      [],
    );
  });

  it("rejects a namespace the scanner cannot read", () => {
    const file = path.join(process.cwd(), "tests/unit/.client-namespaces-fixture.tsx");
    fs.writeFileSync(file, '"use client";\nconst t = useTranslations(name);\nconst u = useTranslations();\n');
    try {
      expect(namespacesOf(file).every((need) => "problem" in need)).toBe(true);
      expect(namespacesOf(file)).toHaveLength(2);
    } finally {
      fs.rmSync(file);
    }
  });

  it.each(routes)("every namespace the client side of %s uses is provided to it", (routeFile) => {
    const needs = clientNeeds(routeFile);
    const segment = coveringSegment(routeFile);
    const provided: readonly string[] =
      segment === null ? [] : CLIENT_NAMESPACES[segment as keyof typeof CLIENT_NAMESPACES];
    const missing = needs.filter((need) => !("namespace" in need) || !covers(provided, need.namespace));
    expect(
      missing.map(describeNeed),
      `add these to CLIENT_NAMESPACES["${segment ?? "(none)"}"] in lib/i18n/client-namespaces.ts` +
        (segment === null ? " — or give the folder a layout with <ClientMessages>" : ""),
    ).toEqual([]);
  });

  it.each(segments)("the list of %j is used, and its folder's layout renders it", (segment) => {
    const used = routes
      .filter((routeFile) => coveringSegment(routeFile) === segment)
      .flatMap(clientNeeds)
      .flatMap((need) => ("namespace" in need ? [need.namespace] : []));
    const unused = CLIENT_NAMESPACES[segment].filter((entry) => !used.some((namespace) => covers([entry], namespace)));
    expect(unused, "namespaces inlined into every page below this folder but read by no client component").toEqual([]);
    const layout = fs.readFileSync(path.join(process.cwd(), "app", segment, "layout.tsx"), "utf8");
    expect(layout).toContain(`<ClientMessages segment="${segment}">`);
  });

  it.each(LOCALES)("every listed namespace exists in the %s catalogue", async (locale) => {
    const messages = await loadMessages(locale);
    for (const segment of segments) expect(() => pickMessages(messages, CLIENT_NAMESPACES[segment])).not.toThrow();
  });

  it("picks whole namespaces and dotted parts without touching the catalogue", () => {
    const messages = { a: { x: "1", y: { z: "2" } }, b: { c: "3" }, d: { e: "4" } };
    const copy = structuredClone(messages);
    expect(pickMessages(messages, ["a.y", "b", "a"])).toEqual({ a: messages.a, b: messages.b });
    expect(pickMessages(messages, ["a.y", "d.e"])).toEqual({ a: { y: { z: "2" } }, d: { e: "4" } });
    expect(messages).toEqual(copy);
    expect(() => pickMessages(messages, ["a.nope"])).toThrow(/a\.nope/);
  });
});
