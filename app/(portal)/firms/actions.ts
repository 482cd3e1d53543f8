"use server";

import { revalidatePath } from "next/cache";
import { createFirm, updateFirm } from "@/lib/dal/needs/firms";
import { formString } from "@/lib/forms/action-state";
import { formAction } from "@/lib/forms/form-action";
import { firmFormToInput, firmInputSchema } from "@/lib/validation/firms";
import { versionSchema } from "@/lib/validation/needs";

/** Creates a firm (no firmId) or updates one at the version its form was loaded with. */
export const saveFirmAction = formAction(
  "signedIn",
  firmInputSchema,
  async (user, input, form) => {
    const firmId = formString(form, "firmId");
    if (firmId) {
      const version = versionSchema.safeParse(Number(form.get("version")));
      if (!version.success) return { formError: "versionInvalid" };
      await updateFirm(user, firmId, input, version.data);
      revalidatePath("/firms");
      return { message: "saved" };
    }
    const { id } = await createFirm(user, input);
    revalidatePath("/firms");
    return { redirect: `/firms/${id}`, flash: "firmCreated" };
  },
  { input: firmFormToInput },
);
