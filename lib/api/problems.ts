import "server-only";
import type { z } from "zod";
import { isDatabaseUnavailable } from "@/lib/db/unavailable";
import { AppError } from "@/lib/errors";
import { appErrorResponse, PROBLEM_TITLES, problemResponse, unauthenticatedResponse } from "@/lib/http/problem";
import type { Actor } from "@/lib/actor";
import { settleAppError } from "@/lib/security/refusals";
import en from "@/lib/i18n/messages/en/needValidation.json";

// RFC 9457 answers of the /api/v1 handlers. `type` is a URI of our docs page per problem kind;
// validation problems carry `errors: [{ path, message, code }]` (message in English, code the
// key the portal's forms translate).

const TYPE_BASE = "/api-docs#problem-";
const messages = en as Record<string, string>;
const english = (key: string) => messages[key] ?? key;

type FieldError = { path: string; message: string };

export function validationProblem(instance: string, errors: FieldError[]): Response {
  return problemResponse(400, PROBLEM_TITLES.INVALID_INPUT, "One or more fields are invalid.", {
    type: `${TYPE_BASE}validation`,
    instance,
    errors: errors.map((e) => ({ path: e.path, message: english(e.message), code: e.message })),
  });
}

/**
 * The 400 problem for a failed parse. An unknown member (the bodies are strict objects) is
 * one error per member, at its own path with code `unknownField`, so a typo like `titel` is
 * named instead of being ignored.
 */
export function zodProblem(instance: string, error: z.ZodError): Response {
  const errors = error.issues.flatMap((issue) =>
    issue.code === "unrecognized_keys"
      ? issue.keys.map((key) => ({ path: [...issue.path, key].join("."), message: "unknownField" }))
      : [{ path: issue.path.join("."), message: issue.message }],
  );
  return validationProblem(instance, errors);
}

export function unauthorizedProblem(instance: string): Response {
  return unauthenticatedResponse(
    "Send a valid, unrevoked API token as `Authorization: Bearer <token>`.",
    { type: `${TYPE_BASE}unauthorized`, instance },
    { headers: { "WWW-Authenticate": 'Bearer realm="api"' } },
  );
}

const DETAIL: Record<string, string> = {
  stale:
    "The need was changed by someone else since you read it. Fetch it again to see the latest version, then retry with that version.",
  notEditable: "A need with this status can no longer be changed.",
  transitionNotAllowed: "This status change is not allowed from the need's current status for this client.",
  deadlinePassed: "The response deadline has passed; change it before publishing.",
};

/** The problem for an AppError of the data layer (NOT_FOUND hides whether the id exists). */
export function appErrorProblem(instance: string, error: AppError): Response {
  const fieldErrors = error.details?.fieldErrors;
  if (error.code === "INVALID_INPUT" && fieldErrors) {
    return validationProblem(
      instance,
      Object.entries(fieldErrors).flatMap(([path, keys]) => keys.map((message) => ({ path, message }))),
    );
  }
  const kind = error.code === "CONFLICT" ? error.message : error.code.toLowerCase();
  return appErrorResponse(
    error,
    DETAIL[error.message] ??
      (error.code === "NOT_FOUND" ? "No need with this id is visible to this token." : undefined),
    {
      type: `${TYPE_BASE}${kind}`,
      instance,
      code: error.code === "CONFLICT" ? error.message : error.code,
    },
  );
}

/** 429: the window's allowance is used up; retry after `retryAfterSeconds`. */
export function rateLimitedProblem(instance: string, retryAfterSeconds: number): Response {
  return problemResponse(
    429,
    PROBLEM_TITLES.RATE_LIMITED,
    `Too many requests. Retry after ${retryAfterSeconds} seconds.`,
    { type: `${TYPE_BASE}rate_limited`, instance, code: "RATE_LIMITED" },
    { headers: { "Retry-After": String(retryAfterSeconds) } },
  );
}

/** How long a client should wait before retrying while the database cannot be reached. */
export const UNAVAILABLE_RETRY_AFTER_SECONDS = 30;

/**
 * The problem for anything a handler throws: an AppError as its status (a FORBIDDEN audited
 * as the token's actor when `actor` is given), an unreachable
 * database as 503 + Retry-After, anything else as 500 (logged; no details leave the server).
 */
export async function problemForError(instance: string, error: unknown, actor?: Actor): Promise<Response> {
  // A data-layer FORBIDDEN is audited (access.denied) for the token's actor, like requireRole's refusals.
  if (error instanceof AppError) return appErrorProblem(instance, await settleAppError(error, actor ?? null));
  if (isDatabaseUnavailable(error)) {
    console.error(`api: database unavailable (${instance}):`, error instanceof Error ? error.message : error);
    return problemResponse(
      503,
      "Service unavailable",
      "The database cannot be reached right now. Retry after the Retry-After delay (when creating a need, with the same Idempotency-Key).",
      { type: `${TYPE_BASE}unavailable`, instance, code: "UNAVAILABLE" },
      { headers: { "Retry-After": String(UNAVAILABLE_RETRY_AFTER_SECONDS) } },
    );
  }
  console.error(`api: unexpected error (${instance}):`, error);
  return problemResponse(500, "Internal server error", "The request failed on the server. It has been logged.", {
    type: `${TYPE_BASE}internal`,
    instance,
    code: "INTERNAL",
  });
}

/** 422: the Idempotency-Key was first used with another body (draft-ietf-httpapi-idempotency-key-header). */
export function idempotencyKeyReusedProblem(instance: string): Response {
  return problemResponse(
    422,
    "Idempotency key reused",
    "This Idempotency-Key was used with a different request within the last 24 hours. Use a new key for a new need.",
    { type: `${TYPE_BASE}idempotency_key_reused`, instance, code: "idempotencyKeyReused" },
  );
}
