import { NextResponse, type NextRequest } from "next/server";
import { encode, getToken, type JWT } from "next-auth/jwt";
import { PROTECTED_PAGES } from "@/lib/access/policy";
import { contentSecurityPolicy, createNonce, PATH_HEADER, STRICT_TRANSPORT_SECURITY } from "@/lib/security/headers";
import { isHttps, sessionCookieName, sessionCookieOptions } from "@/lib/security/session-cookie";
import { decideSession, nowSeconds, refreshedMaxAge } from "@/lib/security/session-timeouts";

// Runs on every page request (see the matcher) for three things:
// 1. a per-request CSP nonce (Next.js reads it from the request's CSP header);
// 2. re-issuing an active user's session cookie (idle timeout) — server components cannot set
//    cookies, so without this a user clicking around would still be signed out after 30 min;
// 3. redirecting anonymous visitors of portal pages to sign-in. First line only: every page,
//    action and route handler resolves the user itself (lib/auth.ts) and the data layer
//    authorises in its queries — never rely on this file alone (CVE-2025-29927).

// Portal sections come from the access policy, so a new protected page is covered without
// touching this file.
const PORTAL_PREFIXES = [...new Set(PROTECTED_PAGES.map((page) => `/${page.path.split("/")[1]}`))];
const isPortalPath = (path: string) =>
  PORTAL_PREFIXES.some((prefix) => path === prefix || path.startsWith(`${prefix}/`));

async function reissue(response: NextResponse, token: JWT, secret: string): Promise<void> {
  const maxAge = refreshedMaxAge(token.authTime as number, nowSeconds());
  const value = await encode({ token, secret, maxAge });
  response.cookies.set(sessionCookieName(), value, sessionCookieOptions(maxAge));
}

export async function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  const requestHeaders = new Headers(request.headers);
  // Overwritten here so requireRole's access.denied audit row names the real path.
  requestHeaders.set(PATH_HEADER, pathname);
  // Route handlers: only the path header. No session refresh there: re-issuing the cookie on
  // /api/auth/signout would undo the sign-out.
  if (pathname.startsWith("/api/")) return NextResponse.next({ request: { headers: requestHeaders } });

  const nonce = createNonce();
  const csp = contentSecurityPolicy(nonce, { isDev: process.env.NODE_ENV === "development", isHttps: isHttps() });
  requestHeaders.set("Content-Security-Policy", csp);

  const secret = process.env.NEXTAUTH_SECRET ?? "";
  const token = await getToken({ req: request, secret });
  const decision = token ? decideSession(token, nowSeconds()) : "expired";

  let response: NextResponse;
  if (decision === "expired" && isPortalPath(pathname)) {
    const signIn = new URL("/sign-in", request.url);
    signIn.searchParams.set("callbackUrl", pathname + search);
    response = NextResponse.redirect(signIn);
  } else {
    response = NextResponse.next({ request: { headers: requestHeaders } });
  }
  if (token && decision === "refresh") await reissue(response, token, secret);
  if (token && decision === "expired") response.cookies.delete(sessionCookieName());

  response.headers.set("Content-Security-Policy", csp);
  if (process.env.NODE_ENV === "production" && isHttps())
    response.headers.set("Strict-Transport-Security", STRICT_TRANSPORT_SECURITY);
  return response;
}

export const config = {
  // Everything but build assets, the favicon and the health check (polled by monitors).
  matcher: ["/((?!_next/static|_next/image|favicon.ico|api/health).*)"],
};
