import type { z } from "zod";

/**
 * The one state a server action hands back to its form (useActionState). Errors are message
 * keys of the form's catalogue namespace, rendered in the user's language by the form: the
 * first key per field (shown next to it) and one for the whole form (the aria-live summary).
 * `values` echoes the submission (never passwords) so nothing typed is lost; `message` is a
 * short success payload (a key, a count); `result` is anything else to show once (a new token,
 * a generated password).
 */
export type ActionState<Result = undefined> = {
  status: "idle" | "error" | "success";
  fieldErrors: Record<string, string>;
  formError: string | null;
  values?: Record<string, string | string[]>;
  message?: string | null;
  result?: Result;
};

export const IDLE_STATE: ActionState<never> = { status: "idle", fieldErrors: {}, formError: null };

type Issue = { readonly path: string | readonly PropertyKey[]; readonly message: string };

/**
 * The first message key per top-level field ("kbliCodes.1" → "kbliCodes", a whole-object issue →
 * "form"). With `knownKeys`, a message that is not one of them (zod's own English text) becomes
 * "invalid".
 */
export function fieldErrorsOf(
  issues: z.ZodError | readonly Issue[],
  knownKeys?: readonly string[],
): Record<string, string> {
  const list: readonly Issue[] = "issues" in issues ? issues.issues : issues;
  const errors: Record<string, string> = {};
  for (const issue of list) {
    const first = typeof issue.path === "string" ? issue.path.split(".")[0] : issue.path[0];
    const field = first === undefined || first === "" ? "form" : String(first);
    errors[field] ??= knownKeys && !knownKeys.includes(issue.message) ? "invalid" : issue.message;
  }
  return errors;
}

/**
 * The submitted fields as strings (files and React's `$ACTION…` fields left out); a field sent
 * more than once (checkboxes) becomes a list.
 */
export function formValues(form: FormData): Record<string, string | string[]> {
  const values: Record<string, string | string[]> = {};
  for (const key of new Set(form.keys())) {
    if (key.startsWith("$")) continue;
    const all = form.getAll(key).filter((value): value is string => typeof value === "string");
    if (all.length > 0) values[key] = all.length > 1 ? all : all[0]!;
  }
  return values;
}

/** One submitted field as a string ("" when absent or a file; the first of a list). */
export function formString(form: FormData, key: string): string {
  const value = form.get(key);
  return typeof value === "string" ? value : "";
}

/** The values to refill a refused form with: everything but passwords, which are never echoed. */
export function echoedValues(values: Record<string, string | string[]>): Record<string, string | string[]> {
  return Object.fromEntries(Object.entries(values).filter(([key]) => !/password/i.test(key)));
}

/** "rateLimited|12" → ["rateLimited", { minutes: 12 }]: a message key that carries a wait time. */
export function messageKeyParts(key: string): [string, { minutes?: number }] {
  const [name = key, minutes] = key.split("|");
  return [name, minutes ? { minutes: Number(minutes) } : {}];
}
