"use server";

import { revalidatePath } from "next/cache";
import { requireRole } from "@/lib/auth";
import { activateWeightsVersion, createWeightsVersion } from "@/lib/dal/matching-weights";
import { fieldErrorsOf, valuesOf, type FormState } from "@/lib/form-state";
import { stateFromError } from "@/lib/forms/error-state";
import { weightsFormSchema } from "@/lib/validation/matching-weights";

/** Saves the form's percentages as a new (inactive) weights version. */
export async function createWeightsVersionAction(_prev: FormState, form: FormData): Promise<FormState> {
  const user = await requireRole("ADMIN");
  const values = valuesOf(form);
  const parsed = weightsFormSchema.safeParse(values);
  if (!parsed.success) {
    return { status: "error", fieldErrors: fieldErrorsOf(parsed.error.issues.map((i) => ({ path: i.path.join("."), message: i.message }))), formError: null, values };
  }
  let version: number;
  try {
    ({ version } = await createWeightsVersion(user, parsed.data));
  } catch (error) {
    return stateFromError(error, values);
  }
  revalidatePath("/settings/matching-weights");
  return { status: "success", fieldErrors: {}, formError: null, message: String(version) };
}

/** Makes one version the active one (all others inactive, in one audited transaction). */
export async function activateWeightsVersionAction(_prev: FormState, form: FormData): Promise<FormState> {
  const user = await requireRole("ADMIN");
  let version: number;
  try {
    ({ version } = await activateWeightsVersion(user, String(form.get("id") ?? "")));
  } catch (error) {
    return stateFromError(error);
  }
  revalidatePath("/settings/matching-weights");
  return { status: "success", fieldErrors: {}, formError: null, message: String(version) };
}
