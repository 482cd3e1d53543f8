import { apiRoute } from "@/lib/api/handler";
import { matchResource } from "@/lib/api/match-resource";
import { json } from "@/lib/api/request";
import { listNeedIntroductions } from "@/lib/dal/matches/match-reads";

/**
 * GET /api/v1/needs/{id}/matches — the introductions (APPROVED and later) of one of the
 * token's firm's needs, best score first, with the UMKM's contact; another firm's need is 404.
 */
export const GET = apiRoute<{ id: string }>(async ({ actor, params }) =>
  json({ items: (await listNeedIntroductions(actor, params.id)).map(matchResource) }),
);
