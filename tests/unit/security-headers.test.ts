import { describe, expect, it } from "vitest";
import { contentSecurityPolicy, createNonce } from "@/lib/security/headers";

describe("content security policy", () => {
  it("allows scripts only by this request's nonce (plus what they load), and nothing inline otherwise", () => {
    const csp = contentSecurityPolicy("abc123", { isDev: false, isHttps: true });
    const directives = Object.fromEntries(csp.split("; ").map((part) => [part.split(" ")[0], part]));
    expect(directives["script-src"]).toBe("script-src 'self' 'nonce-abc123' 'strict-dynamic'");
    expect(directives["style-src"]).toBe("style-src 'self' 'nonce-abc123'");
    expect(csp).not.toContain("unsafe-inline");
    expect(csp).not.toContain("unsafe-eval");
    for (const directive of [
      "default-src 'self'",
      "frame-ancestors 'none'",
      "object-src 'none'",
      "base-uri 'self'",
      "form-action 'self'",
      "img-src 'self' data: blob:",
      "upgrade-insecure-requests",
    ]) {
      expect(csp).toContain(directive);
    }
  });

  it("adds 'unsafe-eval' only in development and upgrade-insecure-requests only over https", () => {
    expect(contentSecurityPolicy("n", { isDev: true, isHttps: false })).toContain("'strict-dynamic' 'unsafe-eval'");
    expect(contentSecurityPolicy("n", { isDev: false, isHttps: false })).not.toContain("upgrade-insecure-requests");
  });

  it("makes a fresh 128-bit nonce every time", () => {
    const nonces = new Set(Array.from({ length: 100 }, createNonce));
    expect(nonces.size).toBe(100);
    for (const nonce of nonces) expect(Buffer.from(nonce, "base64")).toHaveLength(16);
  });
});
