import { z } from "zod";
import { matchListSchema } from "@/lib/api/match-resource";
import { IDEMPOTENCY_KEY_HEADER } from "@/lib/api/idempotency";
import {
  needCreateBodySchema,
  needPageSchema,
  needPatchSchema,
  needResourceSchema,
  needTransitionBodySchema,
  problemSchema,
} from "@/lib/api/schemas";
import { NEED_SORTS } from "@/lib/validation/needs";

/**
 * The OpenAPI 3.1 document of /api/v1, generated from the same zod schemas the handlers
 * validate with (OpenAPI 3.1 schemas are JSON Schema 2020-12, zod 4's native target).
 * Cross-field rules that JSON Schema cannot express are stated in the descriptions.
 */
function schemaOf(schema: z.ZodType, io: "input" | "output" = "input") {
  const { $schema: _ignored, ...json } = z.toJSONSchema(schema, {
    target: "draft-2020-12",
    io,
    unrepresentable: "any",
  }) as Record<string, unknown>;
  return json;
}

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const problem = (description: string, headers?: Record<string, unknown>) => ({
  description,
  ...(headers ? { headers } : {}),
  content: { "application/problem+json": { schema: ref("Problem") } },
});
const retryAfter = { description: "Seconds to wait before retrying.", schema: { type: "integer", minimum: 1 } };
const rateLimitHeaders = {
  "RateLimit-Policy": {
    description:
      'The limits applied, e.g. `"ip";q=300;w=60, "token";q=120;w=60` (IETF draft-ietf-httpapi-ratelimit-headers).',
    schema: { type: "string" },
  },
  RateLimit: {
    description: "The limit closest to exhaustion: remaining requests `r` and seconds `t` until its window resets.",
    schema: { type: "string" },
  },
};
const needOk = (description: string) => ({
  description,
  headers: { ETag: { description: "The need's version, quoted.", schema: { type: "string" } } },
  content: { "application/json": { schema: ref("Need") } },
});
const idParam = { name: "id", in: "path", required: true, schema: { type: "string", format: "uuid" } };
const ifMatch = {
  name: "If-Match",
  in: "header",
  required: false,
  description: 'The version you read (e.g. "3"), instead of `version` in the body.',
  schema: { type: "string" },
};
const query = (name: string, description: string, schema: Record<string, unknown>) => ({
  name,
  in: "query",
  required: false,
  description,
  schema,
});
const errors = {
  "400": problem(
    "Invalid input: `errors` lists each invalid field with its path; a member the API does not know is an error with code `unknownField`.",
  ),
  "401": problem("Missing, unknown or revoked API token, or its issuer may no longer manage the firm's tokens."),
  "404": problem("No need with this id is visible to the token's firm."),
  "409": problem("Version conflict (`code: stale`) or a status change that is not allowed."),
  "415": problem("The request body is not `application/json`."),
  "422": problem("The Idempotency-Key was already used with a different body within 24 hours."),
  "429": problem("Too many requests for this token or client address.", {
    "Retry-After": retryAfter,
    ...rateLimitHeaders,
  }),
  "500": problem("The request failed on the server (logged)."),
  "503": problem("The database cannot be reached right now; retry later.", { "Retry-After": retryAfter }),
};
/** What every operation can answer: its token and limits are checked, and the server can fail. */
const always = { "401": errors["401"], "429": errors["429"], "500": errors["500"], "503": errors["503"] };
/** What every operation with a JSON body can answer besides. */
const withBody = { "400": errors["400"], "415": errors["415"] };
const idempotencyKey = {
  name: IDEMPOTENCY_KEY_HEADER,
  in: "header",
  required: false,
  description:
    "A unique key per need (e.g. a UUID), 1–255 visible ASCII characters. A retry with the same key and the same body within 24 hours answers 201 with the need the first request created (header `Idempotent-Replayed: true`) and creates nothing; the same key with another body answers 422. Concurrent requests with one key create one need.",
  schema: { type: "string", minLength: 1, maxLength: 255 },
};

export function buildOpenApiDocument() {
  return {
    openapi: "3.1.0",
    info: {
      title: "Portal Kemitraan UMKM — supply needs and introductions API",
      version: "1.0.0",
      description:
        "For firms' procurement systems. Every token belongs to one firm and sees and changes only that firm's needs; it stops working when revoked or when the user who issued it is disabled or leaves the firm. Requests are limited per token and per client address (429 with Retry-After; RateLimit headers on every answer). Request bodies are strict: unknown members are refused (400). Money is whole rupiah as a digit string; dates are YYYY-MM-DD (WIB). Rules: periodEnd ≥ periodStart; responseDeadline ≤ periodStart; minScale ≤ maxScale; KBLI codes (KBLI 2020, 5 digits) and document codes must exist in the portal's reference data. New needs start as DRAFT; publish with a transition to OPEN.",
    },
    servers: [{ url: "/" }],
    security: [{ bearerAuth: [] }],
    paths: {
      "/api/v1/needs": {
        get: {
          operationId: "listNeeds",
          summary: "List the firm's needs",
          parameters: [
            query("status", "Only needs in this status.", {
              type: "string",
              enum: ["DRAFT", "OPEN", "MATCHING", "FILLED", "CLOSED", "CANCELLED"],
            }),
            query("kbli", "KBLI code prefix, 2–5 digits.", { type: "string", pattern: "^\\d{2,5}$" }),
            query("regency", "Delivery kabupaten/kota code, e.g. 12.03.", {
              type: "string",
              pattern: "^\\d{2}\\.\\d{2}$",
            }),
            query("deadlineFrom", "Response deadline on or after (YYYY-MM-DD).", { type: "string", format: "date" }),
            query("deadlineTo", "Response deadline on or before (YYYY-MM-DD).", { type: "string", format: "date" }),
            query("q", "Full-text search (Indonesian stemming; web-search syntax).", {
              type: "string",
              maxLength: 200,
            }),
            query("sort", "Order of the list.", { type: "string", enum: [...NEED_SORTS], default: "deadline" }),
            query("cursor", "`nextCursor` of the previous page.", { type: "string" }),
            query("limit", "Page size.", { type: "integer", minimum: 1, maximum: 100, default: 20 }),
          ],
          responses: {
            "200": { description: "One page of needs.", content: { "application/json": { schema: ref("NeedPage") } } },
            "400": errors["400"],
            ...always,
          },
        },
        post: {
          operationId: "createNeed",
          summary: "Create a DRAFT need",
          description: "Send an Idempotency-Key so that a retry after a lost answer cannot create a second need.",
          parameters: [idempotencyKey],
          requestBody: { required: true, content: { "application/json": { schema: ref("NeedInput") } } },
          responses: {
            "201": needOk("The created need (or, for a repeated Idempotency-Key, the need the first request created)."),
            ...withBody,
            "422": errors["422"],
            ...always,
          },
        },
      },
      "/api/v1/needs/{id}": {
        get: {
          operationId: "getNeed",
          summary: "Read a need",
          parameters: [idParam],
          responses: { "200": needOk("The need."), "404": errors["404"], ...always },
        },
        patch: {
          operationId: "updateNeed",
          summary: "Change some fields of a DRAFT or OPEN need",
          description:
            "Send only the fields to change, plus the version you read (body `version` or If-Match). A stale version answers 409 and changes nothing.",
          parameters: [idParam, ifMatch],
          requestBody: { required: true, content: { "application/json": { schema: ref("NeedPatch") } } },
          responses: {
            "200": needOk("The updated need."),
            ...withBody,
            "404": errors["404"],
            "409": errors["409"],
            ...always,
          },
        },
      },
      "/api/v1/needs/{id}/transitions": {
        post: {
          operationId: "transitionNeed",
          summary: "Change a need's status",
          description:
            "Allowed: DRAFT→OPEN|CANCELLED, OPEN→FILLED|CLOSED|CANCELLED, MATCHING→FILLED|CLOSED|CANCELLED. A reason is required for CLOSED and CANCELLED.",
          parameters: [idParam, ifMatch],
          requestBody: { required: true, content: { "application/json": { schema: ref("NeedTransition") } } },
          responses: {
            "200": needOk("The need in its new status."),
            ...withBody,
            "404": errors["404"],
            "409": errors["409"],
            ...always,
          },
        },
      },
      "/api/v1/needs/{id}/matches": {
        get: {
          operationId: "listNeedMatches",
          summary: "List the introductions for a need",
          description:
            "The UMKM PMPTSP approved for this need (status APPROVED and later: ACCEPTED, DECLINED, AGREEMENT_SIGNED, ENDED), best score first, with the score, its breakdown and the UMKM's contact details, which are shared for these introductions only. Suggestions still under review are never listed. A need of another firm answers 404.",
          parameters: [idParam],
          responses: {
            "200": {
              description: "The need's introductions.",
              content: { "application/json": { schema: ref("MatchList") } },
            },
            "404": errors["404"],
            ...always,
          },
        },
      },
    },
    components: {
      securitySchemes: {
        bearerAuth: {
          type: "http",
          scheme: "bearer",
          description: "A firm's API token (kp_…), issued on the portal's API tokens page.",
        },
      },
      schemas: {
        NeedInput: schemaOf(needCreateBodySchema),
        NeedPatch: schemaOf(needPatchSchema),
        NeedTransition: schemaOf(needTransitionBodySchema),
        Need: schemaOf(needResourceSchema, "output"),
        NeedPage: schemaOf(needPageSchema, "output"),
        MatchList: schemaOf(matchListSchema, "output"),
        Problem: schemaOf(problemSchema, "output"),
      },
    },
  };
}
