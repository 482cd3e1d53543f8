import { APP_ERROR_STATUS, type AppError, type AppErrorCode } from "@/lib/errors";
import { settleAppError } from "@/lib/security/refusals";

/** An RFC 9457 problem details object; `extra` members (e.g. `errors`) are added as they are. */
export type ProblemDetails = { type: string; title: string; status: number; detail?: string } & Record<string, unknown>;

/**
 * An `application/problem+json` response (RFC 9457), the one error format of the route
 * handlers. `type` defaults to "about:blank" (the title then just names the status).
 */
export function problemResponse(
  status: number,
  title: string,
  detail?: string,
  extra: Record<string, unknown> = {},
  init: ResponseInit = {},
): Response {
  const body: ProblemDetails = {
    type: "about:blank",
    ...extra,
    title,
    status,
    ...(detail === undefined ? {} : { detail }),
  };
  const headers = new Headers(init.headers);
  headers.set("Content-Type", "application/problem+json");
  headers.set("Cache-Control", "no-store");
  return new Response(JSON.stringify(body), { ...init, status, headers });
}

/**
 * The one title of each AppError code in problem+json answers (route handlers and /api/v1);
 * the status is the code's (APP_ERROR_STATUS, lib/errors.ts).
 */
export const PROBLEM_TITLES: Record<AppErrorCode, string> = {
  INVALID_INPUT: "Invalid input",
  UNAUTHENTICATED: "Authentication required",
  FORBIDDEN: "Forbidden",
  NOT_FOUND: "Not found",
  CONFLICT: "Conflict",
  RATE_LIMITED: "Too many requests",
};

/**
 * The problem response for an AppError already settled (settleAppError): its status and
 * title, with `detail` and the `extra` members each answer adds (code, type, instance, …).
 */
export function appErrorResponse(
  error: AppError,
  detail: string | undefined,
  extra: Record<string, unknown>,
): Response {
  return problemResponse(error.status, PROBLEM_TITLES[error.code], detail, extra);
}

/** 401 for a request without a (valid) session or token; `extra`/`init` as problemResponse's. */
export function unauthenticatedResponse(
  detail?: string,
  extra: Record<string, unknown> = {},
  init: ResponseInit = {},
): Response {
  return problemResponse(APP_ERROR_STATUS.UNAUTHENTICATED, PROBLEM_TITLES.UNAUTHENTICATED, detail, extra, init);
}

/**
 * The problem response of a session route handler for an AppError from the data layer (its
 * code names the status); a FORBIDDEN is audited first (settleAppError, lib/security/refusals.ts).
 */
export async function problemFromAppError(error: AppError): Promise<Response> {
  await settleAppError(error);
  return appErrorResponse(error, error.message === error.code ? undefined : error.message, {
    code: error.code,
    ...(error.details ? { details: error.details } : {}),
  });
}
