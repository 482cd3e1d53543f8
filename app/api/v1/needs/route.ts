import { apiActor, json, jsonBody } from "@/lib/api/request";
import { needResource } from "@/lib/api/need-resource";
import { withProblems, zodProblem } from "@/lib/api/problems";
import { listNeeds } from "@/lib/dal/needs";
import { createNeed } from "@/lib/dal/need-writes";
import { needFilterSchema, needInputSchema } from "@/lib/validation/needs";

/** GET /api/v1/needs — the token's firm's needs, with the browsing page's filters and a cursor. */
export async function GET(request: Request): Promise<Response> {
  const actor = await apiActor(request);
  if (actor instanceof Response) return actor;
  const url = new URL(request.url);
  const filter = needFilterSchema.safeParse(Object.fromEntries(url.searchParams));
  if (!filter.success) return zodProblem(url.pathname, filter.error);
  return withProblems(request, async () => json(await listNeeds(actor, filter.data)));
}

/** POST /api/v1/needs — creates a DRAFT need for the token's firm. */
export async function POST(request: Request): Promise<Response> {
  const actor = await apiActor(request);
  if (actor instanceof Response) return actor;
  const parsedBody = await jsonBody(request);
  if (parsedBody instanceof Response) return parsedBody;
  const input = needInputSchema.safeParse(parsedBody.body);
  if (!input.success) return zodProblem(new URL(request.url).pathname, input.error);
  return withProblems(request, async () => {
    const { id } = await createNeed(actor, null, input.data);
    const need = await needResource(actor, id);
    return json(need, { status: 201, version: need.version, headers: { Location: `/api/v1/needs/${id}` } });
  });
}
