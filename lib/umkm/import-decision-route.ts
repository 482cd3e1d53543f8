import { getSession } from "@/lib/auth";
import { AppError } from "@/lib/errors";
import { refuseCrossOrigin } from "@/lib/http/origin";
import { problemFromAppError, problemResponse } from "@/lib/http/problem";
import type { SessionUser } from "@/lib/session-user";

/**
 * Shared body of the "import the valid rows" / "import nothing" route handlers: plain HTML
 * form posts (work without JavaScript) that answer 303 back to the job page, or to it with
 * `&error=conflict` when the job is no longer waiting; other refusals are problem+json.
 */
export async function decideImport(request: Request, id: string, run: (user: SessionUser, id: string) => Promise<unknown>): Promise<Response> {
  const refused = refuseCrossOrigin(request);
  if (refused) return refused;
  const user = await getSession();
  if (!user) return problemResponse(401, "Authentication required");
  const back = `/umkm/import?job=${encodeURIComponent(id)}`;
  try {
    await run(user, id);
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    if (error.code !== "CONFLICT") return problemFromAppError(error);
    return new Response(null, { status: 303, headers: { Location: `${back}&error=conflict` } });
  }
  return new Response(null, { status: 303, headers: { Location: back, "Cache-Control": "no-store" } });
}
