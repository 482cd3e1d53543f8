// The one rule for redirect targets taken from a request (sign-in `callbackUrl`, next-auth's
// `redirect` callback, notification links): only a path on the portal's own origin. Pure, so
// the client may use it too.

/** Any origin works for the check (a relative path cannot change it); callers that know the portal's pass it. */
const FALLBACK_ORIGIN = "http://portal.invalid";

// Browsers drop tab, CR and LF anywhere in a URL and read "\" as "/" in http(s) URLs, so
// "/\evil.example" and "/<TAB>/evil.example" are "//evil.example" — another host. Such
// characters never occur in a path the portal builds (those are percent-encoded).
const UNSAFE_CHARACTER = /[\u0000-\u001f\u007f-\u009f\s\\]/u;

/**
 * `target` as a same-origin path ("/needs?q=a#x"), or null when it is anything else: an
 * absolute or protocol-relative URL ("https://…", "//host", "/\host"), a scheme
 * ("javascript:…"), or a string with control characters, whitespace or backslashes. The path
 * is the one the WHATWG URL parser reads against `origin`, so what is checked is what a
 * browser will follow; a result that would itself read as "//host" is refused too.
 */
export function safePortalPath(target: unknown, origin: string = FALLBACK_ORIGIN): string | null {
  if (typeof target !== "string" || target.length > 2048) return null;
  if (!target.startsWith("/") || target.startsWith("//") || UNSAFE_CHARACTER.test(target)) return null;
  let base: URL;
  let url: URL;
  try {
    base = new URL(origin);
    url = new URL(target, base);
  } catch {
    return null;
  }
  if (url.origin !== base.origin) return null;
  const path = `${url.pathname}${url.search}${url.hash}`;
  // "/.//evil.example" resolves to the path "//evil.example": fine inside a URL, off-site as a reference.
  return path.startsWith("//") ? null : path;
}

/** Where a signed-in user goes when no (safe) destination was asked for. */
export const DEFAULT_AFTER_SIGN_IN = "/dashboard";
