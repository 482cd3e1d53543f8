import { apiRoute } from "@/lib/api/handler";
import { idempotencyKeyOf, requestHashOf } from "@/lib/api/idempotency";
import { needResource } from "@/lib/api/need-resource";
import { idempotencyKeyReusedProblem, validationProblem, zodProblem } from "@/lib/api/problems";
import { json, jsonBody } from "@/lib/api/request";
import { needCreateBodySchema, needListQuerySchema } from "@/lib/api/schemas";
import { createNeedIdempotently } from "@/lib/dal/api/api-idempotency";
import { listNeeds } from "@/lib/dal/needs/needs";
import { createNeed } from "@/lib/dal/needs/need-writes";

/** GET /api/v1/needs — the token's firm's needs, with the browsing page's filters and a cursor. */
export const GET = apiRoute(async ({ request, actor, instance }) => {
  const filter = needListQuerySchema.safeParse(Object.fromEntries(new URL(request.url).searchParams));
  if (!filter.success) return zodProblem(instance, filter.error);
  return json(await listNeeds(actor, filter.data));
});

/**
 * POST /api/v1/needs — creates a DRAFT need for the token's firm. With an Idempotency-Key, a
 * retry with the same key and body answers 201 with the need the first request created.
 */
export const POST = apiRoute(async ({ request, actor, instance }) => {
  const key = idempotencyKeyOf(request);
  if (key === "invalid")
    return validationProblem(instance, [{ path: "Idempotency-Key", message: "idempotencyKeyInvalid" }]);
  const parsedBody = await jsonBody(request);
  if (parsedBody instanceof Response) return parsedBody;
  const input = needCreateBodySchema.safeParse(parsedBody.body);
  if (!input.success) return zodProblem(instance, input.error);
  let id: string;
  let replayed = false;
  if (key === null) {
    ({ id } = await createNeed(actor, null, input.data));
  } else {
    const result = await createNeedIdempotently(
      actor,
      input.data,
      key,
      requestHashOf("POST", instance, parsedBody.body),
    );
    if (result.outcome === "keyReused") return idempotencyKeyReusedProblem(instance);
    ({ id } = result);
    replayed = result.outcome === "replayed";
  }
  const need = await needResource(actor, id);
  return json(need, {
    status: 201,
    version: need.version,
    headers: { Location: `/api/v1/needs/${id}`, ...(replayed ? { "Idempotent-Replayed": "true" } : {}) },
  });
});
