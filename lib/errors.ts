/**
 * The one error type of the data layer (STYLE.md habit 9). Each code maps once to an HTTP
 * status (route handlers, problem+json) and to a message key in the UI catalogues.
 */
export const APP_ERROR_STATUS = {
  INVALID_INPUT: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  RATE_LIMITED: 429,
} as const;

export type AppErrorCode = keyof typeof APP_ERROR_STATUS;

/**
 * The one shape of an AppError's details: message keys next to the fields they concern, by
 * path ("kbliCodes.1"; "form" for the whole form). Keys only — forms render them from the
 * catalogues in the user's language, the API (lib/api/problems.ts) in English.
 */
export type AppErrorDetails = { fieldErrors?: Record<string, string[]> };

/**
 * The data layer's one error. `message` is a message key ("stale", "codeTaken") or the code
 * itself — never a sentence (ESLint refuses a message with a space).
 */
export class AppError extends Error {
  constructor(
    readonly code: AppErrorCode,
    message: string = code,
    readonly details?: AppErrorDetails,
  ) {
    super(message);
    this.name = "AppError";
  }

  get status(): number {
    return APP_ERROR_STATUS[this.code];
  }
}

/** An AppError with one message key next to one field ("form" for the whole form). */
export function fieldError(code: AppErrorCode, field: string, key: string): AppError {
  return new AppError(code, key, { fieldErrors: { [field]: [key] } });
}

/**
 * An AppError with message keys next to fields: issues as `{ path, message }` (zod's paths
 * joined with "."; "" → "form"). The error's own message is `key`, by default the first issue's.
 */
export function issuesError(
  code: AppErrorCode,
  issues: readonly { path: string; message: string }[],
  key?: string,
): AppError {
  const fieldErrors: Record<string, string[]> = {};
  for (const { path, message } of issues) (fieldErrors[path || "form"] ??= []).push(message);
  return new AppError(code, key ?? issues[0]?.message ?? code, { fieldErrors });
}
