"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { requireUser } from "@/lib/auth";
import { createFirm, updateFirm } from "@/lib/dal/firms";
import { fieldErrorsOf, valuesOf, type FormState } from "@/lib/form-state";
import { stateFromError } from "@/lib/forms/error-state";
import { firmFormToInput, firmInputSchema } from "@/lib/validation/firms";
import { issuesOf, versionSchema } from "@/lib/validation/needs";

/** Creates a firm (no firmId) or updates one at the version its form was loaded with. */
export async function saveFirmAction(_prev: FormState, form: FormData): Promise<FormState> {
  const user = await requireUser();
  const values = valuesOf(form);
  const firmId = String(form.get("firmId") ?? "");
  const parsed = firmInputSchema.safeParse(firmFormToInput(form));
  if (!parsed.success) return { status: "error", fieldErrors: fieldErrorsOf(issuesOf(parsed.error)), formError: null, values };
  const version = versionSchema.safeParse(Number(form.get("version")));
  let id = firmId;
  try {
    if (firmId) {
      if (!version.success) return { status: "error", fieldErrors: {}, formError: "versionInvalid", values };
      await updateFirm(user, firmId, parsed.data, version.data);
    } else {
      id = (await createFirm(user, parsed.data)).id;
    }
  } catch (error) {
    return stateFromError(error, values);
  }
  revalidatePath("/firms");
  if (firmId) return { status: "success", fieldErrors: {}, formError: null };
  redirect(`/firms/${id}`);
}
