// next-auth's session cookie as next-auth itself names and sets it (secure cookies exactly when
// NEXTAUTH_URL is https, like next-auth's `useSecureCookies` default). Shared by proxy.ts (which
// re-issues active users' cookies) and lib/auth.ts startSession (the sign-in server action).

/** Whether the portal is served over https (NEXTAUTH_URL), which makes the cookie `__Secure-`. */
export const isHttps = (): boolean => process.env.NEXTAUTH_URL?.startsWith("https://") ?? false;

/** next-auth's own cookie name (getToken and getServerSession read the same one). */
export const sessionCookieName = (): string =>
  isHttps() ? "__Secure-next-auth.session-token" : "next-auth.session-token";

/** The cookie attributes next-auth uses for the session token, with the token's lifetime. */
export function sessionCookieOptions(maxAge: number) {
  return { httpOnly: true, sameSite: "lax", path: "/", secure: isHttps(), maxAge } as const;
}
