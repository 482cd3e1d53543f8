import "server-only";
import { hasRole } from "@/lib/access/roles";
import { getSession } from "@/lib/auth";
import { AppError } from "@/lib/errors";
import type { Role } from "@/lib/generated/prisma/enums";
import { refuseCrossOrigin } from "@/lib/http/origin";
import { appErrorResponse, problemFromAppError, unauthenticatedResponse } from "@/lib/http/problem";
import { recordAccessDenied } from "@/lib/security/access-denied";
import type { SessionUser } from "@/lib/session-user";

export type SessionCall<P> = { request: Request; user: SessionUser; params: P };
type RouteContext<P> = { params: Promise<P> };

/**
 * The one preamble of the session route handlers (every app/api handler but next-auth's,
 * /api/health and /api/v1, whose bearer-token handlers use apiRoute). In order:
 * 1. a cross-site POST/PUT/PATCH/DELETE is refused, 403 `CROSS_ORIGIN` (refuseCrossOrigin;
 *    safe methods pass);
 * 2. no session → 401 problem (a user whose password change is due is sent to the password
 *    page by getSession, as everywhere);
 * 3. a role outside `roles` → 403 problem, audited as `access.denied` like requireRole's
 *    refusals (pass ALL_ROLES where the data layer decides alone);
 * 4. the handler, with the user and the route params; an AppError it throws becomes
 *    problem+json through problemFromAppError (a FORBIDDEN audited as the data layer's).
 * Anything else propagates (Next.js' error answer).
 */
export function sessionRoute<P extends Record<string, string> = Record<string, never>>(
  roles: readonly Role[],
  handle: (call: SessionCall<P>) => Promise<Response>,
) {
  return async (request: Request, context?: RouteContext<P>): Promise<Response> => {
    const refused = refuseCrossOrigin(request);
    if (refused) return refused;
    const user = await getSession();
    if (!user) return unauthenticatedResponse();
    if (!hasRole(user, roles)) {
      await recordAccessDenied(user, roles);
      return appErrorResponse(new AppError("FORBIDDEN"), undefined, { code: "FORBIDDEN" });
    }
    try {
      return await handle({ request, user, params: ((await context?.params) ?? {}) as P });
    } catch (error) {
      if (error instanceof AppError) return problemFromAppError(error);
      throw error;
    }
  };
}
