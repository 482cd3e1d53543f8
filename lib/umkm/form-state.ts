import "server-only";
import type { FormState } from "@/lib/form-state";
import { settleAppError } from "@/lib/security/refusals";

/**
 * The form state for an AppError from the UMKM and nomination data layer: a CONFLICT naming a
 * field (duplicate NIB) goes next to that field; other codes become one message key for the
 * live summary ("conflict", "notFound", "forbidden", "invalid"). Anything else is rethrown; a
 * FORBIDDEN is audited (settleAppError).
 */
export async function umkmErrorState(error: unknown, values?: FormState["values"]): Promise<FormState> {
  const { code, details } = await settleAppError(error);
  const field = typeof details?.field === "string" ? details.field : null;
  const key = typeof details?.key === "string" ? details.key : null;
  if (field && key) return { status: "error", fieldErrors: { [field]: key }, formError: null, values };
  const formError = code === "NOT_FOUND" ? "notFound" : code === "FORBIDDEN" ? "forbidden" : code === "CONFLICT" ? "conflict" : "invalid";
  return { status: "error", fieldErrors: {}, formError, values };
}

/** FormData → plain object of strings (the shape umkmInputSchema and the form refill use). */
export function formValues(form: FormData): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [key, value] of form.entries()) if (typeof value === "string" && !key.startsWith("$")) values[key] ??= value;
  return values;
}
