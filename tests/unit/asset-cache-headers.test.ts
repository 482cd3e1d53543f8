import { buildCustomRoute } from "next/dist/lib/build-custom-route";
import { describe, expect, it } from "vitest";
import nextConfig from "@/next.config";
import { PUBLIC_ASSET_CACHE_CONTROL, PUBLIC_ASSET_SOURCE } from "@/lib/http/asset-cache";

/** The Cache-Control next.config.ts headers() gives `path`, matched the way Next.js matches them. */
async function cacheControlOf(path: string): Promise<string | undefined> {
  let value: string | undefined;
  for (const rule of (await nextConfig.headers!()) ?? []) {
    const route = buildCustomRoute("header", rule);
    if (!new RegExp(route.regex).test(path)) continue;
    for (const header of rule.headers) if (header.key.toLowerCase() === "cache-control") value = header.value;
  }
  return value;
}

describe("caching headers for static assets (next.config.ts)", () => {
  it("lets browsers keep files from public/ for a day, then revalidate — never immutable", async () => {
    for (const path of ["/favicon.ico", "/robots.txt", "/icons/logo.svg", "/fonts/inter.woff2", "/og/landing.png"])
      expect(await cacheControlOf(path), path).toBe(PUBLIC_ASSET_CACHE_CONTROL);
    expect(PUBLIC_ASSET_CACHE_CONTROL).toMatch(/max-age=86400/);
    expect(PUBLIC_ASSET_CACHE_CONTROL).not.toMatch(/immutable/);
  });

  it("leaves pages, the API and Next.js' own hashed /_next/static (already immutable) alone", async () => {
    for (const path of [
      "/",
      "/umkm",
      "/needs/new",
      "/api/v1/openapi.json",
      "/api/health",
      "/_next/static/chunks/a.js",
      "/_next/static/media/x.svg",
    ])
      expect(await cacheControlOf(path), path).toBeUndefined();
    expect(PUBLIC_ASSET_SOURCE.startsWith("/:file(")).toBe(true);
  });
});
