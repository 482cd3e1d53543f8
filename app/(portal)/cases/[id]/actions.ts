"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { PAPERWORK_EDITORS } from "@/lib/access/roles";
import { requireRole } from "@/lib/auth";
import { addCaseStep, closeCase, reassignCase } from "@/lib/dal/assistance-cases";
import { type FormState } from "@/lib/form-state";
import { stateFromError } from "@/lib/forms/error-state";
import { caseCloseSchema, caseReassignSchema, caseStepSchema, paperworkFieldErrors } from "@/lib/validation/paperwork";

const stringsOf = (form: FormData) =>
  Object.fromEntries([...form.entries()].filter(([key, value]) => typeof value === "string" && !key.startsWith("$")) as [string, string][]);

/** Parse → one dal call → back on the case page, which confirms what was done. */
async function run<T extends { caseId: string }>(
  form: FormData,
  schema: { safeParse: (values: unknown) => { success: true; data: T } | { success: false; error: Parameters<typeof paperworkFieldErrors>[0] } },
  call: (user: Awaited<ReturnType<typeof requireRole>>, input: T) => Promise<unknown>,
  done: (input: T) => string,
): Promise<FormState> {
  const user = await requireRole(...PAPERWORK_EDITORS);
  const values = stringsOf(form);
  const parsed = schema.safeParse(values);
  if (!parsed.success) return { status: "error", fieldErrors: paperworkFieldErrors(parsed.error), formError: null, values };
  try {
    await call(user, parsed.data);
  } catch (error) {
    return stateFromError(error, values);
  }
  revalidatePath(`/cases/${parsed.data.caseId}`);
  revalidatePath("/cases");
  redirect(`/cases/${parsed.data.caseId}?done=${done(parsed.data)}`);
}

/** Records a step on a case (the first one starts the work: OPEN → IN_PROGRESS). */
export async function addCaseStepAction(_prev: FormState, form: FormData): Promise<FormState> {
  return run(form, caseStepSchema, addCaseStep, () => "step");
}

/** Gives a case to someone else (or nobody) and/or moves its due date. */
export async function reassignCaseAction(_prev: FormState, form: FormData): Promise<FormState> {
  return run(form, caseReassignSchema, reassignCase, () => "reassign");
}

/** Resolves a case with its outcome, or cancels it with the reason. */
export async function closeCaseAction(_prev: FormState, form: FormData): Promise<FormState> {
  return run(form, caseCloseSchema, closeCase, (input) => (input.to === "RESOLVED" ? "resolve" : "cancel"));
}
