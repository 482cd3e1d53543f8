import "server-only";
import { cache } from "react";
import { forbidden, redirect } from "next/navigation";
import type { NextAuthOptions } from "next-auth";
import { getServerSession } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { z } from "zod";
import { env } from "@/lib/env";
import { loadSessionUser } from "@/lib/dal/auth";
import { pageRoles } from "@/lib/access/policy";
import { PASSWORD_PAGE } from "@/lib/account";
import { clientIpFromForwardedFor } from "@/lib/http/client-ip";
import { recordAccessDenied } from "@/lib/security/access-denied";
import { decideSession, nowSeconds, SESSION_LIMITS } from "@/lib/security/session-timeouts";
import { signInWithPassword } from "@/lib/security/sign-in";
import type { Role } from "@/lib/generated/prisma/enums";
import type { SessionUser } from "@/lib/session-user";

const credentialsSchema = z.object({ email: z.email(), password: z.string().min(1).max(256) });

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
        // Throws SignInRateLimitedError ("RATE_LIMITED:<minutes>") when locked out; next-auth
        // passes the message to signIn()'s result.error, which the sign-in form translates.
        const ip = clientIpFromForwardedFor(req?.headers?.["x-forwarded-for"]);
        const user = await signInWithPassword(parsed.data.email, parsed.data.password, ip);
        return user ? { id: user.id, email: user.email, name: user.name, sessionVersion: user.sessionVersion } : null;
      },
    }),
  ],
  callbacks: {
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

/** The current user, resolved once per request; null when signed out or the token is stale. */
export const getSession = cache(async (): Promise<SessionUser | null> => {
  const session = await getServerSession(authOptions);
  if (!session?.uid || typeof session.sv !== "number") return null;
  // The idle `exp` was verified when the token was decoded; the absolute limit is checked here.
  if (decideSession({ authTime: session.authTime }, nowSeconds()) === "expired") return null;
  return loadSessionUser(session.uid, session.sv);
});

/** The one authenticated entry point for pages and actions: redirects anonymous visitors to sign-in. */
export async function requireUser(): Promise<SessionUser> {
  const user = await getSession();
  if (!user) redirect("/sign-in");
  return user;
}

/** Like requireUser, and answers 403 when the user's role is not one of `roles`. */
export async function requireRole(...roles: readonly Role[]): Promise<SessionUser> {
  const user = await requireUser();
  if (!roles.includes(user.role)) {
    await recordAccessDenied(user, roles);
    forbidden();
  }
  return user;
}

/** requireRole with the roles lib/access/policy.ts lists for page `path`. */
export async function requirePageRoles(path: string): Promise<SessionUser> {
  const user = await requireRole(...pageRoles(path));
  // A temporary password set by an admin opens only the password page (the client-side gate
  // in the portal layout covers in-app navigation; this covers direct requests).
  if (user.mustChangePassword && path !== PASSWORD_PAGE) redirect(PASSWORD_PAGE);
  return user;
}
