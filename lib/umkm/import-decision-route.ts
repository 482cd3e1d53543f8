import { ALL_ROLES } from "@/lib/access/roles";
import { AppError } from "@/lib/errors";
import { sessionRoute } from "@/lib/http/session-route";
import type { SessionUser } from "@/lib/session-user";

/**
 * The "import the valid rows" / "import nothing" route handlers: plain HTML form posts (work
 * without JavaScript) that answer 303 back to the job page, or to it with `&error=conflict`
 * when the job is no longer waiting; other refusals are problem+json (sessionRoute).
 */
export function importDecisionRoute(run: (user: SessionUser, id: string) => Promise<unknown>) {
  return sessionRoute<{ id: string }>(ALL_ROLES, async ({ user, params: { id } }) => {
    const back = `/umkm/import?job=${encodeURIComponent(id)}`;
    try {
      await run(user, id);
    } catch (error) {
      if (!(error instanceof AppError) || error.code !== "CONFLICT") throw error;
      return new Response(null, { status: 303, headers: { Location: `${back}&error=conflict` } });
    }
    return new Response(null, { status: 303, headers: { Location: back, "Cache-Control": "no-store" } });
  });
}
