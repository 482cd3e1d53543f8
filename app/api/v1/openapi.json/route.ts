import { buildOpenApiDocument } from "@/lib/api/openapi";

/** GET /api/v1/openapi.json — public: describes the API, reveals no data. */
export function GET(): Response {
  return Response.json(buildOpenApiDocument(), { headers: { "Cache-Control": "public, max-age=300" } });
}
