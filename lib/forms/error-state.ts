import "server-only";
import type { AppError } from "@/lib/errors";
import { fieldErrorsOf, type FormState } from "@/lib/form-state";
import type { ActionState } from "@/lib/forms/action-state";
import { settleAppError } from "@/lib/security/refusals";
import type { FieldErrors } from "@/lib/validation/users";

// Server actions' converters of data-layer errors into form state (the client-safe state
// types live in lib/form-state.ts and lib/forms/action-state.ts). Both start with
// settleAppError: anything but an AppError is rethrown, a FORBIDDEN is audited.

/**
 * The FormState for an AppError from the data layer; anything else is rethrown (it is a bug
 * or an outage, shown by the error page, and nothing was saved).
 */
export async function stateFromError(error: unknown, values?: Record<string, string | string[]>): Promise<FormState> {
  const appError = await settleAppError(error);
  const issues = (appError.details?.errors as { path: string; message: string }[] | undefined) ?? [];
  const fieldErrors = fieldErrorsOf(issues);
  const formError = issues.length > 0 ? null : appError.code === "NOT_FOUND" ? "notFound" : appError.code === "FORBIDDEN" ? "forbidden" : appError.message;
  return { status: "error", fieldErrors, formError, values };
}

const FORM_KEY_OF: Partial<Record<AppError["code"], string>> = { FORBIDDEN: "forbidden", NOT_FOUND: "notFound" };

/**
 * A data-layer error as ActionState: its field errors (AppError details), or a form-level key
 * for FORBIDDEN / NOT_FOUND. Anything else is unexpected and rethrown (the error page shows it).
 */
export async function errorState(error: unknown, values?: Record<string, string>): Promise<ActionState<never>> {
  const appError = await settleAppError(error);
  const fieldErrors = appError.details?.fieldErrors as FieldErrors | undefined;
  if (fieldErrors) return { status: "error", fieldErrors, values };
  const key = FORM_KEY_OF[appError.code];
  if (!key) throw appError;
  return { status: "error", fieldErrors: { form: [key] }, values };
}
