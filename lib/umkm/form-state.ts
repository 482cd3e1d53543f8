import { AppError } from "@/lib/errors";
import type { FormState } from "@/lib/form-state";

/**
 * The form state for an AppError from the UMKM and nomination data layer: a CONFLICT naming a
 * field (duplicate NIB) goes next to that field; other codes become one message key for the
 * live summary ("conflict", "notFound", "forbidden", "invalid"). Anything else is rethrown.
 */
export function umkmErrorState(error: unknown, values?: FormState["values"]): FormState {
  if (!(error instanceof AppError)) throw error;
  const field = typeof error.details?.field === "string" ? error.details.field : null;
  const key = typeof error.details?.key === "string" ? error.details.key : null;
  if (field && key) return { status: "error", fieldErrors: { [field]: key }, formError: null, values };
  const formError = error.code === "NOT_FOUND" ? "notFound" : error.code === "FORBIDDEN" ? "forbidden" : error.code === "CONFLICT" ? "conflict" : "invalid";
  return { status: "error", fieldErrors: {}, formError, values };
}

/** FormData → plain object of strings (the shape umkmInputSchema and the form refill use). */
export function formValues(form: FormData): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [key, value] of form.entries()) if (typeof value === "string" && !key.startsWith("$")) values[key] ??= value;
  return values;
}
