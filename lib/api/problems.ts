import "server-only";
import type { z } from "zod";
import { AppError } from "@/lib/errors";
import { problemResponse } from "@/lib/http/problem";
import { requestActor } from "@/lib/api/request-actor";
import { settleAppError } from "@/lib/security/refusals";
import en from "@/lib/i18n/messages/en/needValidation.json";
import { issuesOf } from "@/lib/validation/needs";

// RFC 9457 answers of the /api/v1 handlers. `type` is a URI of our docs page per problem kind;
// validation problems carry `errors: [{ path, message, code }]` (message in English, code the
// key the portal's forms translate).

const TYPE_BASE = "/api-docs#problem-";
const messages = en as Record<string, string>;
const english = (key: string) => messages[key] ?? key;

type FieldError = { path: string; message: string };

export function validationProblem(instance: string, errors: FieldError[]): Response {
  return problemResponse(400, "Invalid input", "One or more fields are invalid.", {
    type: `${TYPE_BASE}validation`,
    instance,
    errors: errors.map((e) => ({ path: e.path, message: english(e.message), code: e.message })),
  });
}

export function zodProblem(instance: string, error: z.ZodError): Response {
  return validationProblem(instance, issuesOf(error));
}

export function unauthorizedProblem(instance: string): Response {
  return problemResponse(401, "Authentication required", "Send a valid, unrevoked API token as `Authorization: Bearer <token>`.", { type: `${TYPE_BASE}unauthorized`, instance }, { headers: { "WWW-Authenticate": 'Bearer realm="api"' } });
}

const DETAIL: Record<string, string> = {
  stale: "The need was changed by someone else since you read it. Fetch it again to see the latest version, then retry with that version.",
  notEditable: "A need with this status can no longer be changed.",
  transitionNotAllowed: "This status change is not allowed from the need's current status for this client.",
  deadlinePassed: "The response deadline has passed; change it before publishing.",
};

/** The problem for an AppError of the data layer (NOT_FOUND hides whether the id exists). */
export function appErrorProblem(instance: string, error: AppError): Response {
  const errors = error.details?.errors as FieldError[] | undefined;
  if (error.code === "INVALID_INPUT" && errors) return validationProblem(instance, errors);
  const kind = error.code === "CONFLICT" ? error.message : error.code.toLowerCase();
  const title = { INVALID_INPUT: "Invalid input", UNAUTHENTICATED: "Authentication required", FORBIDDEN: "Forbidden", NOT_FOUND: "Not found", CONFLICT: "Conflict", RATE_LIMITED: "Too many requests" }[error.code];
  return problemResponse(error.status, title, DETAIL[error.message] ?? (error.code === "NOT_FOUND" ? "No need with this id is visible to this token." : undefined), {
    type: `${TYPE_BASE}${kind}`,
    instance,
    code: error.code === "CONFLICT" ? error.message : error.code,
  });
}

/** Runs a handler body; AppErrors become problems, anything else propagates (500 by Next). */
export async function withProblems(request: Request, run: () => Promise<Response>): Promise<Response> {
  try {
    return await run();
  } catch (error) {
    // Rethrows anything but an AppError; audits a FORBIDDEN for the token's actor.
    return appErrorProblem(new URL(request.url).pathname, await settleAppError(error, requestActor(request)));
  }
}
