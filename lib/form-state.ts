/**
 * What a server action hands back to its form (useActionState). Errors are message keys of
 * the form's validation namespace: one per field (shown next to it) and one for the form
 * (shown in the live summary). `values` echoes the submission so nothing typed is lost.
 */
export type FormState = {
  status: "idle" | "error" | "success";
  fieldErrors: Record<string, string>;
  formError: string | null;
  message?: string | null;
  values?: Record<string, string | string[]>;
  /** A secret shown once (a new API token). */
  secret?: string | null;
};

export const IDLE: FormState = { status: "idle", fieldErrors: {}, formError: null };

/** The first message per top-level field ("kbliCodes.1" → "kbliCodes"). */
export function fieldErrorsOf(issues: readonly { path: string; message: string }[]): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const issue of issues) {
    const field = issue.path.split(".")[0] || "form";
    errors[field] ??= issue.message;
  }
  return errors;
}

/** The submitted fields as strings (files left out), to refill the form after an error. */
export function valuesOf(form: FormData): Record<string, string | string[]> {
  const values: Record<string, string | string[]> = {};
  for (const key of new Set(form.keys())) {
    if (key.startsWith("$")) continue;
    const all = form.getAll(key).filter((v): v is string => typeof v === "string");
    values[key] = all.length > 1 || key === "documentCodes" ? all : (all[0] ?? "");
  }
  return values;
}
