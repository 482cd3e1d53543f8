"use server";

import { revalidatePath } from "next/cache";
import { updateUmkm } from "@/lib/dal/umkm/umkm-profile";
import { formString } from "@/lib/forms/action-state";
import { formAction } from "@/lib/forms/form-action";
import { UMKM_ERROR_KEYS, umkmOwnerInputSchema } from "@/lib/validation/umkm";

/** The owner saves its own UMKM's contact and product fields (the dal refuses any other UMKM). */
export const saveOwnUmkmAction = formAction(
  ["UMKM_OWNER"],
  umkmOwnerInputSchema,
  async (user, input, form) => {
    await updateUmkm(user, formString(form, "umkmId"), input, Number(formString(form, "version")));
    revalidatePath("/my-business");
    return { message: "saved" };
  },
  { errorKeys: UMKM_ERROR_KEYS },
);
