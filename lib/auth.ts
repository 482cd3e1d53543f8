import "server-only";
import { cache } from "react";
import { cookies } from "next/headers";
import { forbidden, redirect } from "next/navigation";
import type { NextAuthOptions } from "next-auth";
import { getServerSession } from "next-auth";
import { encode } from "next-auth/jwt";
import CredentialsProvider from "next-auth/providers/credentials";
import { env } from "@/lib/env";
import { loadSessionUser, type AuthenticatedUser } from "@/lib/dal/users/auth";
import { pageRoles } from "@/lib/access/policy";
import { PASSWORD_PAGE } from "@/lib/account";
import { clientIpFromForwardedFor } from "@/lib/http/client-ip";
import { DEFAULT_AFTER_SIGN_IN, safePortalPath } from "@/lib/http/safe-path";
import { recordAccessDenied } from "@/lib/security/access-denied";
import { sessionCookieName, sessionCookieOptions } from "@/lib/security/session-cookie";
import { decideSession, nowSeconds, SESSION_LIMITS } from "@/lib/security/session-timeouts";
import { signInWithPassword } from "@/lib/security/sign-in";
import type { Role } from "@/lib/generated/prisma/enums";
import type { SessionUser } from "@/lib/session-user";
import { credentialsSchema } from "@/lib/validation/sign-in";

/**
 * next-auth's redirect target (sign-out's callbackUrl, its own credentials callback): a path
 * of the portal (lib/http/safe-path.ts), else the dashboard. next-auth passes paths and
 * absolute URLs; an absolute URL counts only when its origin is the portal's.
 */
export function redirectTarget(url: string, baseUrl: string): string {
  let candidate = url;
  if (!url.startsWith("/")) {
    try {
      const absolute = new URL(url);
      candidate =
        absolute.origin === new URL(baseUrl).origin ? `${absolute.pathname}${absolute.search}${absolute.hash}` : "";
    } catch {
      candidate = "";
    }
  }
  return new URL(safePortalPath(candidate, baseUrl) ?? DEFAULT_AFTER_SIGN_IN, baseUrl).toString();
}

/**
 * next-auth configuration. The credentials provider only issues JWT sessions; the token holds
 * the user id and session version, and every request re-checks both against the database
 * (getSession), so disabling a user or changing their role takes effect on the next request.
 * Timeouts (lib/security/session-timeouts.ts): the token's `exp` is the idle timeout (maxAge;
 * proxy.ts re-issues active users' cookies) and `authTime` bounds it absolutely.
 */
export const authOptions: NextAuthOptions = {
  secret: env().NEXTAUTH_SECRET,
  session: { strategy: "jwt", maxAge: SESSION_LIMITS.idleSeconds, updateAge: SESSION_LIMITS.refreshAfterSeconds },
  pages: { signIn: "/sign-in" },
  providers: [
    CredentialsProvider({
      name: "email",
      credentials: { email: { type: "email" }, password: { type: "password" } },
      async authorize(credentials, req) {
        const parsed = credentialsSchema.safeParse(credentials);
        if (!parsed.success) return null;
        // The sign-in form uses its server action (app/sign-in/actions.ts); this endpoint stays
        // for clients of next-auth's API (the e2e matrix), behind the same limiter and audit.
        // Throws SignInRateLimitedError ("RATE_LIMITED:<minutes>") when locked out.
        const ip = clientIpFromForwardedFor(req?.headers?.["x-forwarded-for"]);
        const user = await signInWithPassword(parsed.data.email, parsed.data.password, ip);
        return user ? { id: user.id, email: user.email, name: user.name, sessionVersion: user.sessionVersion } : null;
      },
    }),
  ],
  callbacks: {
    redirect: ({ url, baseUrl }) => redirectTarget(url, baseUrl),
    jwt({ token, user }) {
      if (user) {
        token.uid = user.id;
        token.sv = user.sessionVersion;
        token.authTime = nowSeconds();
        return token;
      }
      // Past the absolute limit the token is emptied: no uid, so getSession sees nobody.
      return decideSession(token, nowSeconds()) === "expired" ? {} : token;
    },
    session({ session, token }) {
      return { ...session, uid: token.uid, sv: token.sv, authTime: token.authTime };
    },
  },
};

// The session user, resolved once per request, whether or not their password change is due.
const resolveSession = cache(async (): Promise<SessionUser | null> => {
  const session = await getServerSession(authOptions);
  if (!session?.uid || typeof session.sv !== "number") return null;
  // The idle `exp` was verified when the token was decoded; the absolute limit is checked here.
  if (decideSession({ authTime: session.authTime }, nowSeconds()) === "expired") return null;
  return loadSessionUser(session.uid, session.sv);
});

export type SessionOptions = {
  /**
   * Hand over a user whose password change is due instead of sending them to the password
   * page. Only what that user may still use opts in: the portal layout (it renders the gate),
   * the password page and its action, and pages that merely show who is signed in.
   */
  allowPasswordChangeDue?: boolean;
};

/**
 * The current user (null when signed out or the token is stale): the one place every page,
 * server action and route handler resolves the session. A user whose password change is due
 * (`mustChangePassword`: account created or reset by an admin) is redirected to the password
 * page here — so they can call no action, read no page data and use no route handler but the
 * password change — unless the caller opts in (SessionOptions).
 */
export async function getSession(options: SessionOptions = {}): Promise<SessionUser | null> {
  const user = await resolveSession();
  if (user?.mustChangePassword && !options.allowPasswordChangeDue) redirect(PASSWORD_PAGE);
  return user;
}

/** getSession for pages and actions: redirects anonymous visitors to sign-in. */
export async function requireUser(options: SessionOptions = {}): Promise<SessionUser> {
  const user = await getSession(options);
  if (!user) redirect("/sign-in");
  return user;
}

async function refuseUnlessRole(user: SessionUser, roles: readonly Role[]): Promise<void> {
  if (roles.includes(user.role)) return;
  await recordAccessDenied(user, roles);
  forbidden();
}

/** Like requireUser, and answers 403 when the user's role is not one of `roles`. */
export async function requireRole(...roles: readonly Role[]): Promise<SessionUser> {
  const user = await requireUser();
  await refuseUnlessRole(user, roles);
  return user;
}

/** requireRole with the roles lib/access/policy.ts lists for page `path`. */
export async function requirePageRoles(path: string): Promise<SessionUser> {
  // A temporary password set by an admin opens only the password page (the client-side gate
  // in the portal layout covers in-app navigation; getSession covers every request).
  const user = await requireUser({ allowPasswordChangeDue: path === PASSWORD_PAGE });
  await refuseUnlessRole(user, pageRoles(path));
  return user;
}

/**
 * Signs `user` in on this response, as next-auth's credentials callback would: the token is
 * built by the same jwt callback, signed by next-auth's `encode` and stored in next-auth's
 * session cookie. Used by the sign-in server action (which works without JavaScript).
 */
export async function startSession(user: AuthenticatedUser): Promise<void> {
  const maxAge = SESSION_LIMITS.idleSeconds;
  const token = await authOptions.callbacks!.jwt!({
    token: { name: user.name, email: user.email, sub: user.id },
    user: { id: user.id, email: user.email, name: user.name, sessionVersion: user.sessionVersion },
    account: null,
    trigger: "signIn",
  });
  const value = await encode({ token, secret: env().NEXTAUTH_SECRET, maxAge });
  (await cookies()).set(sessionCookieName(), value, sessionCookieOptions(maxAge));
}
