import "server-only";
import { cache } from "react";
import { headers } from "next/headers";
import { recordAuditEvent } from "@/lib/dal/audit";
import { clientIpFromForwardedFor } from "@/lib/http/client-ip";
import { PATH_HEADER } from "@/lib/security/headers";
import type { Role } from "@/lib/generated/prisma/enums";
import type { SessionUser } from "@/lib/session-user";

// cache(): a layout, a page and its generateMetadata render in parallel and may each call
// requireRole for the same request — one refused request is one audit row. Arguments are
// primitives so React's per-request memo matches them.
const recordOnce = cache(async (userId: string, role: Role, required: string): Promise<void> => {
  const requestHeaders = await headers();
  const path = requestHeaders.get(PATH_HEADER) ?? undefined;
  await recordAuditEvent({
    actorId: userId,
    action: "access.denied",
    entityType: path ? "path" : undefined,
    entityId: path,
    reason: `requires ${required}`,
    ip: clientIpFromForwardedFor(requestHeaders.get("x-forwarded-for")),
    data: { role, requiredRoles: required.split(",") },
  });
});

/**
 * Audits a refused request (requireRole's forbidden branch). Never throws: failing to write
 * the audit row must not turn a 403 into a 500 or, worse, let the request through.
 */
export async function recordAccessDenied(user: SessionUser, requiredRoles: readonly Role[]): Promise<void> {
  try {
    await recordOnce(user.id, user.role, requiredRoles.join(","));
  } catch (error) {
    console.error("could not audit a refused request", error);
  }
}
