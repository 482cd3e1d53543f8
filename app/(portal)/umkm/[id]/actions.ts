"use server";

import { revalidatePath } from "next/cache";
import { UMKM_REGISTRY_ROLES } from "@/lib/access/roles";
import { nominateUmkm } from "@/lib/dal/umkm/nominations";
import { createUmkm, updateUmkm } from "@/lib/dal/umkm/umkm-profile";
import { getRegionReference } from "@/lib/dal/umkm/umkm-reference";
import { formString } from "@/lib/forms/action-state";
import { formAction } from "@/lib/forms/form-action";
import { NOMINATION_ERROR_KEYS, nominationInputSchema } from "@/lib/validation/nomination";
import { UMKM_ERROR_KEYS, umkmInputSchema } from "@/lib/validation/umkm";

/** Registers an UMKM (no umkmId) or saves one at the version its form was loaded with. */
export const saveUmkmAction = formAction(
  UMKM_REGISTRY_ROLES,
  async () => umkmInputSchema(await getRegionReference()),
  async (user, input, form) => {
    let id = formString(form, "umkmId");
    if (id) await updateUmkm(user, id, input, Number(formString(form, "version")));
    else id = (await createUmkm(user, input)).id;
    revalidatePath(`/umkm/${id}`);
    return { redirect: `/umkm/${id}`, flash: "umkmSaved" };
  },
  { errorKeys: UMKM_ERROR_KEYS },
);

/** Diskop staff nominate the UMKM of the form to "naik kelas"; they land on the new nomination. */
export const nominateUmkmAction = formAction(
  ["DISKOP_STAFF"],
  nominationInputSchema,
  async (user, input) => {
    const { id } = await nominateUmkm(user, input);
    revalidatePath(`/umkm/${input.umkmId}`);
    revalidatePath("/nominations");
    return { redirect: `/nominations/${id}`, flash: "nominationSent" };
  },
  { errorKeys: NOMINATION_ERROR_KEYS },
);
