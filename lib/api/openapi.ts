import { z } from "zod";
import { matchListSchema } from "@/lib/api/match-resource";
import { needPageSchema, needPatchSchema, needResourceSchema, problemSchema } from "@/lib/api/schemas";
import { NEED_SORTS, needFieldsSchema, needTransitionSchema } from "@/lib/validation/needs";

/**
 * The OpenAPI 3.1 document of /api/v1, generated from the same zod schemas the handlers
 * validate with (OpenAPI 3.1 schemas are JSON Schema 2020-12, zod 4's native target).
 * Cross-field rules that JSON Schema cannot express are stated in the descriptions.
 */
function schemaOf(schema: z.ZodType, io: "input" | "output" = "input") {
  const { $schema: _ignored, ...json } = z.toJSONSchema(schema, { target: "draft-2020-12", io, unrepresentable: "any" }) as Record<string, unknown>;
  return json;
}

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const problem = (description: string) => ({ description, content: { "application/problem+json": { schema: ref("Problem") } } });
const needOk = (description: string) => ({ description, headers: { ETag: { description: "The need's version, quoted.", schema: { type: "string" } } }, content: { "application/json": { schema: ref("Need") } } });
const idParam = { name: "id", in: "path", required: true, schema: { type: "string", format: "uuid" } };
const ifMatch = { name: "If-Match", in: "header", required: false, description: "The version you read (e.g. \"3\"), instead of `version` in the body.", schema: { type: "string" } };
const query = (name: string, description: string, schema: Record<string, unknown>) => ({ name, in: "query", required: false, description, schema });
const errors = {
  "400": problem("Invalid input: `errors` lists each invalid field with its path."),
  "401": problem("Missing, unknown or revoked API token."),
  "404": problem("No need with this id is visible to the token's firm."),
  "409": problem("Version conflict (`code: stale`) or a status change that is not allowed."),
};

export function buildOpenApiDocument() {
  return {
    openapi: "3.1.0",
    info: {
      title: "Portal Kemitraan UMKM — supply needs and introductions API",
      version: "1.0.0",
      description: "For firms' procurement systems. Every token belongs to one firm and sees and changes only that firm's needs. Money is whole rupiah as a digit string; dates are YYYY-MM-DD (WIB). Rules: periodEnd ≥ periodStart; responseDeadline ≤ periodStart; minScale ≤ maxScale; KBLI codes (KBLI 2020, 5 digits) and document codes must exist in the portal's reference data. New needs start as DRAFT; publish with a transition to OPEN.",
    },
    servers: [{ url: "/" }],
    security: [{ bearerAuth: [] }],
    paths: {
      "/api/v1/needs": {
        get: {
          operationId: "listNeeds",
          summary: "List the firm's needs",
          parameters: [
            query("status", "Only needs in this status.", { type: "string", enum: ["DRAFT", "OPEN", "MATCHING", "FILLED", "CLOSED", "CANCELLED"] }),
            query("kbli", "KBLI code prefix, 2–5 digits.", { type: "string", pattern: "^\\d{2,5}$" }),
            query("regency", "Delivery kabupaten/kota code, e.g. 12.03.", { type: "string", pattern: "^\\d{2}\\.\\d{2}$" }),
            query("deadlineFrom", "Response deadline on or after (YYYY-MM-DD).", { type: "string", format: "date" }),
            query("deadlineTo", "Response deadline on or before (YYYY-MM-DD).", { type: "string", format: "date" }),
            query("q", "Full-text search (Indonesian stemming; web-search syntax).", { type: "string", maxLength: 200 }),
            query("sort", "Order of the list.", { type: "string", enum: [...NEED_SORTS], default: "deadline" }),
            query("cursor", "`nextCursor` of the previous page.", { type: "string" }),
            query("limit", "Page size.", { type: "integer", minimum: 1, maximum: 100, default: 20 }),
          ],
          responses: { "200": { description: "One page of needs.", content: { "application/json": { schema: ref("NeedPage") } } }, "400": errors["400"], "401": errors["401"] },
        },
        post: {
          operationId: "createNeed",
          summary: "Create a DRAFT need",
          requestBody: { required: true, content: { "application/json": { schema: ref("NeedInput") } } },
          responses: { "201": needOk("The created need."), "400": errors["400"], "401": errors["401"] },
        },
      },
      "/api/v1/needs/{id}": {
        get: { operationId: "getNeed", summary: "Read a need", parameters: [idParam], responses: { "200": needOk("The need."), "401": errors["401"], "404": errors["404"] } },
        patch: {
          operationId: "updateNeed",
          summary: "Change some fields of a DRAFT or OPEN need",
          description: "Send only the fields to change, plus the version you read (body `version` or If-Match). A stale version answers 409 and changes nothing.",
          parameters: [idParam, ifMatch],
          requestBody: { required: true, content: { "application/json": { schema: ref("NeedPatch") } } },
          responses: { "200": needOk("The updated need."), ...errors },
        },
      },
      "/api/v1/needs/{id}/transitions": {
        post: {
          operationId: "transitionNeed",
          summary: "Change a need's status",
          description: "Allowed: DRAFT→OPEN|CANCELLED, OPEN→FILLED|CLOSED|CANCELLED, MATCHING→FILLED|CLOSED|CANCELLED. A reason is required for CLOSED and CANCELLED.",
          parameters: [idParam, ifMatch],
          requestBody: { required: true, content: { "application/json": { schema: ref("NeedTransition") } } },
          responses: { "200": needOk("The need in its new status."), ...errors },
        },
      },
      "/api/v1/needs/{id}/matches": {
        get: {
          operationId: "listNeedMatches",
          summary: "List the introductions for a need",
          description: "The UMKM PMPTSP approved for this need (status APPROVED and later: ACCEPTED, DECLINED, AGREEMENT_SIGNED, ENDED), best score first, with the score, its breakdown and the UMKM's contact details, which are shared for these introductions only. Suggestions still under review are never listed. A need of another firm answers 404.",
          parameters: [idParam],
          responses: { "200": { description: "The need's introductions.", content: { "application/json": { schema: ref("MatchList") } } }, "401": errors["401"], "404": errors["404"] },
        },
      },
    },
    components: {
      securitySchemes: { bearerAuth: { type: "http", scheme: "bearer", description: "A firm's API token (kp_…), issued on the portal's API tokens page." } },
      schemas: {
        NeedInput: schemaOf(needFieldsSchema),
        NeedPatch: schemaOf(needPatchSchema),
        NeedTransition: schemaOf(needTransitionSchema),
        Need: schemaOf(needResourceSchema, "output"),
        NeedPage: schemaOf(needPageSchema, "output"),
        MatchList: schemaOf(matchListSchema, "output"),
        Problem: schemaOf(problemSchema, "output"),
      },
    },
  };
}
