"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { UMKM_REGISTRY_ROLES } from "@/lib/access/roles";
import { requireRole } from "@/lib/auth";
import { nominateUmkm } from "@/lib/dal/nominations";
import { createUmkm, updateUmkm } from "@/lib/dal/umkm-profile";
import { getRegionReference } from "@/lib/dal/umkm-reference";
import type { FormState } from "@/lib/form-state";
import { formValues, umkmErrorState } from "@/lib/umkm/form-state";
import { NOMINATION_ERROR_KEYS, nominationInputSchema } from "@/lib/validation/nomination";
import { fieldErrorsOf, umkmInputSchema } from "@/lib/validation/umkm";

/** Registers an UMKM (no umkmId) or saves one at the version its form was loaded with. */
export async function saveUmkmAction(_prev: FormState, form: FormData): Promise<FormState> {
  const user = await requireRole(...UMKM_REGISTRY_ROLES);
  const values = formValues(form);
  const parsed = umkmInputSchema(await getRegionReference()).safeParse(values);
  if (!parsed.success) return { status: "error", fieldErrors: fieldErrorsOf(parsed.error), formError: null, values };
  let id = values.umkmId ?? "";
  try {
    if (id) await updateUmkm(user, id, parsed.data, Number(values.version));
    else id = (await createUmkm(user, parsed.data)).id;
  } catch (error) {
    return umkmErrorState(error, values);
  }
  revalidatePath(`/umkm/${id}`);
  redirect(`/umkm/${id}`);
}

/** Diskop staff nominate the UMKM of the form to "naik kelas"; they land on the new nomination. */
export async function nominateUmkmAction(_prev: FormState, form: FormData): Promise<FormState> {
  const user = await requireRole("DISKOP_STAFF");
  const values = formValues(form);
  const parsed = nominationInputSchema.safeParse(values);
  if (!parsed.success) return { status: "error", fieldErrors: fieldErrorsOf(parsed.error, NOMINATION_ERROR_KEYS), formError: null, values };
  let id: string;
  try {
    id = (await nominateUmkm(user, parsed.data)).id;
  } catch (error) {
    return umkmErrorState(error, values);
  }
  revalidatePath(`/umkm/${parsed.data.umkmId}`);
  revalidatePath("/nominations");
  redirect(`/nominations/${id}`);
}
