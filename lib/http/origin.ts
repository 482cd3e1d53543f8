import { PROBLEM_TITLES, problemResponse } from "@/lib/http/problem";

// Cross-site request forgery guard for route handlers. Server actions already compare Origin
// with Host (Next.js does it); route handlers must do it themselves. Browsers send Origin on
// every cross-origin request and on same-origin POST/PUT/PATCH/DELETE, so a state-changing
// request without Origin or Referer does not come from a page of ours.

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

/** The hosts (host[:port]) this app answers as: NEXTAUTH_URL's, Host and X-Forwarded-Host. */
export function ownHosts(headers: Headers, publicUrl: string | undefined = process.env.NEXTAUTH_URL): Set<string> {
  const hosts = new Set<string>();
  if (publicUrl) hosts.add(new URL(publicUrl).host.toLowerCase());
  const host = headers.get("host");
  if (host) hosts.add(host.toLowerCase());
  const forwarded = headers.get("x-forwarded-host")?.split(",")[0]?.trim();
  if (forwarded) hosts.add(forwarded.toLowerCase());
  return hosts;
}

function hostOf(value: string | null): string | null {
  if (!value || value === "null") return null;
  try {
    return new URL(value).host.toLowerCase();
  } catch {
    return null;
  }
}

/**
 * Whether `request` may change state: safe methods always; requests with an
 * `Authorization: Bearer` API token too (machine clients; a browser page cannot attach that
 * header cross-site without a CORS preflight we never grant, so it carries no ambient
 * credential to forge); otherwise Origin — or Referer when Origin is absent — must be ours.
 */
export function isSameOriginRequest(request: Request, publicUrl?: string): boolean {
  if (SAFE_METHODS.has(request.method.toUpperCase())) return true;
  if (/^Bearer\s+\S+/i.test(request.headers.get("authorization") ?? "")) return true;
  const origin = request.headers.get("origin");
  const source = hostOf(origin ?? request.headers.get("referer"));
  return source !== null && ownHosts(request.headers, publicUrl).has(source);
}

/**
 * Call first in every state-changing route handler:
 * `const refused = refuseCrossOrigin(request); if (refused) return refused;`
 * Returns a 403 problem+json response for a cross-site request, null when it may proceed.
 */
export function refuseCrossOrigin(request: Request, publicUrl?: string): Response | null {
  if (isSameOriginRequest(request, publicUrl)) return null;
  return problemResponse(
    403,
    PROBLEM_TITLES.FORBIDDEN,
    "Cross-origin request refused: the Origin header does not match this site.",
    {
      code: "CROSS_ORIGIN",
    },
  );
}
