import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";
import { PUBLIC_ASSET_CACHE_CONTROL, PUBLIC_ASSET_SOURCE } from "./lib/http/asset-cache";
import { PROXY_BODY_LIMIT_BYTES, SERVER_ACTION_BODY_LIMIT_BYTES } from "./lib/domain/upload-limits";
import { API_CONTENT_SECURITY_POLICY } from "./lib/security/headers";

const withNextIntl = createNextIntlPlugin("./lib/i18n/request.ts");

// Static headers for every response. The pages' Content-Security-Policy carries a per-request
// nonce and is set in proxy.ts (with HSTS, which depends on the runtime URL); route handlers
// get a nothing-allowed CSP here. X-Frame-Options backs up frame-ancestors for old browsers.
const securityHeaders = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
  {
    key: "Permissions-Policy",
    value: "camera=(), microphone=(), geolocation=(), payment=(), usb=(), browsing-topics=()",
  },
];

const nextConfig: NextConfig = {
  // Lets several checkouts' test runs build side by side without sharing .next/.
  distDir: process.env.NEXT_DIST_DIR ?? ".next",
  poweredByHeader: false,
  // highs (the allocation solver) loads highs.wasm from its own folder at run time: keep it a plain require.
  serverExternalPackages: ["highs"],
  typedRoutes: false,
  experimental: {
    authInterrupts: true,
    // Both from lib/domain/upload-limits.ts. Server actions carry need attachments and paperwork
    // scans (10 MB + multipart). proxy.ts runs on every route, and Next.js buffers the body for
    // it and passes on only the first proxyClientMaxBodySize bytes: it must hold the largest
    // upload, the 20 MB UMKM import sent to its route handler.
    serverActions: { bodySizeLimit: SERVER_ACTION_BODY_LIMIT_BYTES },
    proxyClientMaxBodySize: PROXY_BODY_LIMIT_BYTES,
  },
  async headers() {
    return [
      { source: "/:path*", headers: securityHeaders },
      { source: "/api/:path*", headers: [{ key: "Content-Security-Policy", value: API_CONTENT_SECURITY_POLICY }] },
      { source: PUBLIC_ASSET_SOURCE, headers: [{ key: "Cache-Control", value: PUBLIC_ASSET_CACHE_CONTROL }] },
    ];
  },
};

export default withNextIntl(nextConfig);
