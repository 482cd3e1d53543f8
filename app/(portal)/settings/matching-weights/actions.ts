"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { activateWeightsVersion, createWeightsVersion } from "@/lib/dal/matching/matching-weights";
import { formString } from "@/lib/forms/action-state";
import { formAction } from "@/lib/forms/form-action";
import { weightsFormSchema } from "@/lib/validation/matching-weights";

/** Saves the form's percentages as a new (inactive) weights version. */
export const createWeightsVersionAction = formAction(["ADMIN"], weightsFormSchema, async (user, input) => {
  const { version } = await createWeightsVersion(user, input);
  revalidatePath("/settings/matching-weights");
  return { message: String(version) };
});

/** Makes one version the active one (all others inactive, in one audited transaction). */
export const activateWeightsVersionAction = formAction(
  ["ADMIN"],
  z.object({}),
  async (user, _input, form) => {
    const { version } = await activateWeightsVersion(user, formString(form, "id"));
    revalidatePath("/settings/matching-weights");
    return { message: String(version) };
  },
  { echo: false },
);
