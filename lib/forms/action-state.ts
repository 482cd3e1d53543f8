import type { FieldErrors } from "@/lib/validation/users";

/**
 * What a server action used with useActionState returns to its form: message keys per field
 * ("form" for the whole form, shown in the aria-live summary), the submitted non-secret values
 * (so a refused form keeps what was typed), and on success an optional result to show once.
 */
export type ActionState<Result = undefined> = {
  status: "idle" | "error" | "success";
  fieldErrors: FieldErrors;
  values?: Record<string, string>;
  result?: Result;
};

export const IDLE_STATE: ActionState<never> = { status: "idle", fieldErrors: {} };

/** The submitted fields except passwords: refused forms are re-filled, passwords never echoed. */
export function submittedValues(formData: FormData): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [key, value] of formData) {
    if (typeof value === "string" && !/password/i.test(key) && !key.startsWith("$ACTION")) values[key] = value;
  }
  return values;
}

/** "rateLimited|12" → ["rateLimited", { minutes: 12 }]: a message key that carries a wait time. */
export function messageKeyParts(key: string): [string, { minutes?: number }] {
  const [name = key, minutes] = key.split("|");
  return [name, minutes ? { minutes: Number(minutes) } : {}];
}
