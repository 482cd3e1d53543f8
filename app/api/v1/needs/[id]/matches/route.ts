import { matchResource } from "@/lib/api/match-resource";
import { withProblems } from "@/lib/api/problems";
import { apiActor, json } from "@/lib/api/request";
import { listNeedIntroductions } from "@/lib/dal/match-reads";

type Context = { params: Promise<{ id: string }> };

/**
 * GET /api/v1/needs/{id}/matches — the introductions (APPROVED and later) of one of the
 * token's firm's needs, best score first, with the UMKM's contact; another firm's need is 404.
 */
export async function GET(request: Request, { params }: Context): Promise<Response> {
  const actor = await apiActor(request);
  if (actor instanceof Response) return actor;
  const { id } = await params;
  return withProblems(request, async () => json({ items: (await listNeedIntroductions(actor, id)).map(matchResource) }));
}
