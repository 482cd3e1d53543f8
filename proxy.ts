import { NextResponse, type NextRequest } from "next/server";
import { getToken } from "next-auth/jwt";

// First line only: anonymous visitors to portal pages go to sign-in. Every page, action and
// route handler still resolves the user itself (lib/auth.ts) and the data layer authorises
// in its queries — never rely on this file alone (CVE-2025-29927).
export async function proxy(request: NextRequest) {
  const token = await getToken({ req: request, secret: process.env.NEXTAUTH_SECRET });
  if (token) return NextResponse.next();
  const signIn = new URL("/sign-in", request.url);
  signIn.searchParams.set("callbackUrl", request.nextUrl.pathname + request.nextUrl.search);
  return NextResponse.redirect(signIn);
}

export const config = {
  matcher: ["/dashboard/:path*", "/needs/:path*", "/umkm/:path*", "/users/:path*", "/matches/:path*", "/account/:path*"],
};
