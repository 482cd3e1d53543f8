import { apiActor, ifMatchVersion, json, jsonBody } from "@/lib/api/request";
import { needResource } from "@/lib/api/need-resource";
import { withProblems, zodProblem } from "@/lib/api/problems";
import { transitionNeed } from "@/lib/dal/need-writes";
import { needTransitionSchema } from "@/lib/validation/needs";

/** POST /api/v1/needs/{id}/transitions — `{ to, reason, version }` (or If-Match for the version). */
export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  const actor = await apiActor(request);
  if (actor instanceof Response) return actor;
  const { id } = await params;
  const parsedBody = await jsonBody(request);
  if (parsedBody instanceof Response) return parsedBody;
  const body = typeof parsedBody.body === "object" && parsedBody.body !== null ? parsedBody.body : {};
  const input = needTransitionSchema.safeParse({ version: ifMatchVersion(request), ...body });
  if (!input.success) return zodProblem(new URL(request.url).pathname, input.error);
  return withProblems(request, async () => {
    await transitionNeed(actor, id, input.data.to, input.data.reason, input.data.version);
    const need = await needResource(actor, id);
    return json(need, { version: need.version });
  });
}
