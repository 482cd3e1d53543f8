import { apiActor, ifMatchVersion, json, jsonBody } from "@/lib/api/request";
import { needResource } from "@/lib/api/need-resource";
import { validationProblem, withProblems, zodProblem } from "@/lib/api/problems";
import { needPatchSchema } from "@/lib/api/schemas";
import { needInputOf, getNeed } from "@/lib/dal/need-detail";
import { updateNeed } from "@/lib/dal/need-writes";
import { needInputSchema } from "@/lib/validation/needs";

type Context = { params: Promise<{ id: string }> };

/** GET /api/v1/needs/{id} — one of the token's firm's needs (404 for any other id). */
export async function GET(request: Request, { params }: Context): Promise<Response> {
  const actor = await apiActor(request);
  if (actor instanceof Response) return actor;
  const { id } = await params;
  return withProblems(request, async () => {
    const need = await needResource(actor, id);
    return json(need, { version: need.version });
  });
}

/**
 * PATCH /api/v1/needs/{id} — changes the fields sent, at the version sent (body `version` or
 * If-Match); the merged need is validated with the same rules as a new one.
 */
export async function PATCH(request: Request, { params }: Context): Promise<Response> {
  const actor = await apiActor(request);
  if (actor instanceof Response) return actor;
  const { id } = await params;
  const instance = new URL(request.url).pathname;
  const parsedBody = await jsonBody(request);
  if (parsedBody instanceof Response) return parsedBody;
  const patch = needPatchSchema.safeParse(parsedBody.body);
  if (!patch.success) return zodProblem(instance, patch.error);
  const { version: bodyVersion, ...fields } = patch.data;
  const version = bodyVersion ?? ifMatchVersion(request);
  if (version === undefined) return validationProblem(instance, [{ path: "version", message: "versionInvalid" }]);
  return withProblems(request, async () => {
    const current = needInputOf(await getNeed(actor, id));
    const merged = needInputSchema.safeParse({ ...current, ...fields });
    if (!merged.success) return zodProblem(instance, merged.error);
    await updateNeed(actor, id, merged.data, version);
    const need = await needResource(actor, id);
    return json(need, { version: need.version });
  });
}
