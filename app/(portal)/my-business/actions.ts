"use server";

import { revalidatePath } from "next/cache";
import { requireRole } from "@/lib/auth";
import { updateUmkm } from "@/lib/dal/umkm-profile";
import type { FormState } from "@/lib/form-state";
import { formValues, umkmErrorState } from "@/lib/umkm/form-state";
import { fieldErrorsOf, umkmOwnerInputSchema } from "@/lib/validation/umkm";

/** The owner saves its own UMKM's contact and product fields (the dal refuses any other UMKM). */
export async function saveOwnUmkmAction(_prev: FormState, form: FormData): Promise<FormState> {
  const user = await requireRole("UMKM_OWNER");
  const values = formValues(form);
  const parsed = umkmOwnerInputSchema.safeParse(values);
  if (!parsed.success) return { status: "error", fieldErrors: fieldErrorsOf(parsed.error), formError: null, values };
  try {
    await updateUmkm(user, values.umkmId ?? "", parsed.data, Number(values.version));
  } catch (error) {
    return umkmErrorState(error, values);
  }
  revalidatePath("/my-business");
  return { status: "success", fieldErrors: {}, formError: null };
}
