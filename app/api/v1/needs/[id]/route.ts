import { apiRoute } from "@/lib/api/handler";
import { needResource } from "@/lib/api/need-resource";
import { validationProblem, zodProblem } from "@/lib/api/problems";
import { ifMatchVersion, json, jsonBody } from "@/lib/api/request";
import { needPatchSchema } from "@/lib/api/schemas";
import { needInputOf, getNeed } from "@/lib/dal/needs/need-detail";
import { updateNeed } from "@/lib/dal/needs/need-writes";
import { needInputSchema } from "@/lib/validation/needs";

/** GET /api/v1/needs/{id} — one of the token's firm's needs (404 for any other id). */
export const GET = apiRoute<{ id: string }>(async ({ actor, params }) => {
  const need = await needResource(actor, params.id);
  return json(need, { version: need.version });
});

/**
 * PATCH /api/v1/needs/{id} — changes the fields sent, at the version sent (body `version` or
 * If-Match); the merged need is validated with the same rules as a new one.
 */
export const PATCH = apiRoute<{ id: string }>(async ({ request, actor, params, instance }) => {
  const parsedBody = await jsonBody(request);
  if (parsedBody instanceof Response) return parsedBody;
  const patch = needPatchSchema.safeParse(parsedBody.body);
  if (!patch.success) return zodProblem(instance, patch.error);
  const { version: bodyVersion, ...fields } = patch.data;
  const version = bodyVersion ?? ifMatchVersion(request);
  if (version === undefined) return validationProblem(instance, [{ path: "version", message: "versionInvalid" }]);
  const current = needInputOf(await getNeed(actor, params.id));
  const merged = needInputSchema.safeParse({ ...current, ...fields });
  if (!merged.success) return zodProblem(instance, merged.error);
  await updateNeed(actor, params.id, merged.data, version);
  const need = await needResource(actor, params.id);
  return json(need, { version: need.version });
});
