import "server-only";
import { cache } from "react";
import { headers } from "next/headers";
import type { Actor } from "@/lib/actor";
import { recordAuditEvent } from "@/lib/dal/audit";
import { clientIpFromForwardedFor } from "@/lib/http/client-ip";
import { PATH_HEADER } from "@/lib/security/headers";
import type { Role } from "@/lib/generated/prisma/enums";

// cache(): a layout, a page and its generateMetadata render in parallel and may each be refused
// for the same request — one refused request is one audit row. Arguments are primitives so
// React's per-request memo matches them (`data` as JSON).
const recordOnce = cache(async (actorId: string | null, reason: string, data: string): Promise<void> => {
  const requestHeaders = await headers();
  const path = requestHeaders.get(PATH_HEADER) ?? undefined;
  await recordAuditEvent({
    actorId,
    action: "access.denied",
    entityType: path ? "path" : undefined,
    entityId: path,
    reason,
    ip: clientIpFromForwardedFor(requestHeaders.get("x-forwarded-for")),
    data: JSON.parse(data) as Record<string, string | string[]>,
  });
});

// Never throws: failing to write the audit row must not turn a 403 into a 500 or, worse, let
// the request through.
async function recordSafely(
  actorId: string | null,
  reason: string,
  data: Record<string, string | string[]>,
): Promise<void> {
  try {
    await recordOnce(actorId, reason, JSON.stringify(data));
  } catch (error) {
    console.error("could not audit a refused request", error);
  }
}

/** Audits a request refused for its role (requireRole's forbidden branch). Never throws. */
export async function recordAccessDenied(
  user: { id: string; role: Role },
  requiredRoles: readonly Role[],
): Promise<void> {
  await recordSafely(user.id, `requires ${requiredRoles.join(",")}`, {
    role: user.role,
    requiredRoles: [...requiredRoles],
  });
}

/**
 * Audits a request the data layer refused (an AppError FORBIDDEN turned into a 403 answer),
 * like requireRole's refusals: the same `access.denied` row, with the error's message as the
 * reason and `source: "data-layer"`. `actor` is null when nobody could be resolved. Never throws.
 */
export async function recordDataLayerRefusal(actor: Actor | null, message: string): Promise<void> {
  const data: Record<string, string> = { source: "data-layer" };
  if (actor) data.role = actor.role;
  if (actor?.apiTokenId) data.apiTokenId = actor.apiTokenId;
  await recordSafely(actor?.id ?? null, message === "FORBIDDEN" ? "refused by the data layer" : message, data);
}
