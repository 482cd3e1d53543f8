import { apiRoute } from "@/lib/api/handler";
import { needResource } from "@/lib/api/need-resource";
import { zodProblem } from "@/lib/api/problems";
import { ifMatchVersion, json, jsonBody } from "@/lib/api/request";
import { needTransitionBodySchema } from "@/lib/api/schemas";
import { transitionNeed } from "@/lib/dal/needs/need-writes";

/** POST /api/v1/needs/{id}/transitions — `{ to, reason, version }` (or If-Match for the version). */
export const POST = apiRoute<{ id: string }>(async ({ request, actor, params, instance }) => {
  const parsedBody = await jsonBody(request);
  if (parsedBody instanceof Response) return parsedBody;
  const body = parsedBody.body;
  // The If-Match version fills in only for an object body; anything else fails the schema as it is.
  const input = needTransitionBodySchema.safeParse(
    typeof body === "object" && body !== null && !Array.isArray(body)
      ? { version: ifMatchVersion(request), ...body }
      : body,
  );
  if (!input.success) return zodProblem(instance, input.error);
  await transitionNeed(actor, params.id, input.data.to, input.data.reason, input.data.version);
  const need = await needResource(actor, params.id);
  return json(need, { version: need.version });
});
