"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { NOMINATION_ROLES } from "@/lib/access/roles";
import { requireRole } from "@/lib/auth";
import { decideNomination } from "@/lib/dal/nominations";
import type { FormState } from "@/lib/form-state";
import { formValues, umkmErrorState } from "@/lib/umkm/form-state";
import { NOMINATION_ERROR_KEYS, nominationDecisionSchema } from "@/lib/validation/nomination";
import { fieldErrorsOf } from "@/lib/validation/umkm";

/** Verify, reject (PMPTSP) or withdraw (the nominating Diskop staff) at the version shown. */
export async function decideNominationAction(_prev: FormState, form: FormData): Promise<FormState> {
  const user = await requireRole(...NOMINATION_ROLES);
  const values = formValues(form);
  const parsed = nominationDecisionSchema.safeParse(values);
  if (!parsed.success) return { status: "error", fieldErrors: fieldErrorsOf(parsed.error, NOMINATION_ERROR_KEYS), formError: null, values };
  try {
    await decideNomination(user, values.nominationId ?? "", parsed.data);
  } catch (error) {
    return umkmErrorState(error, values);
  }
  revalidatePath(`/nominations/${values.nominationId}`);
  revalidatePath("/nominations");
  // The decision form disappears with the PROPOSED status, so the page itself confirms it.
  redirect(`/nominations/${values.nominationId}?updated=1`);
}
