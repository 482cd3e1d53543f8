// Security header values shared by proxy.ts (per-request CSP with a nonce) and its tests.
// Kept free of server-only imports: proxy.ts bundles it.

/** Request header proxy.ts sets to the requested path, overwriting anything the client sent. */
export const PATH_HEADER = "x-portal-path";

/** A fresh, unpredictable nonce (128 random bits, base64). */
export function createNonce(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return btoa(String.fromCharCode(...bytes));
}

export type CspOptions = { isDev: boolean; isHttps: boolean };

/**
 * The pages' Content-Security-Policy (Next.js 16 CSP guide, nonce variant). Next.js reads the
 * nonce from this header on the request and puts it on its own scripts and inline styles;
 * 'strict-dynamic' lets those scripts load the app's chunks. Styles come from the Tailwind
 * stylesheet ('self'). Development needs 'unsafe-eval' (React's dev-only error overlays).
 * upgrade-insecure-requests only over https: on plain-http hosts (tests on 127.0.0.1) it
 * would rewrite same-origin asset URLs to an https port nobody listens on.
 */
export function contentSecurityPolicy(nonce: string, { isDev, isHttps }: CspOptions): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${isDev ? " 'unsafe-eval'" : ""}`,
    `style-src 'self' 'nonce-${nonce}'`,
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    ...(isHttps ? ["upgrade-insecure-requests"] : []),
  ].join("; ");
}

/** Route handlers answer JSON/files, never HTML that runs anything: nothing is allowed. */
export const API_CONTENT_SECURITY_POLICY = "default-src 'none'; frame-ancestors 'none'";

/** HSTS: two years, only sent by production servers whose public URL is https. */
export const STRICT_TRANSPORT_SECURITY = "max-age=63072000; includeSubDomains";
