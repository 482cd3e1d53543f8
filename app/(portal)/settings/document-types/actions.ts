"use server";

import { revalidatePath } from "next/cache";
import { saveDocumentType } from "@/lib/dal/document-types";
import { formString } from "@/lib/forms/action-state";
import { formAction } from "@/lib/forms/form-action";
import { documentTypeInputSchema } from "@/lib/validation/document-types";
import { expectedVersionSchema } from "@/lib/validation/paperwork";

/** ADMIN creates a document type (no id) or saves one at the version its form was loaded with. */
export const saveDocumentTypeAction = formAction(["ADMIN"], documentTypeInputSchema, async (user, input, form) => {
  const id = formString(form, "id");
  const version = expectedVersionSchema.safeParse(formString(form, "expectedVersion"));
  if (id && !version.success) return { formError: "stale" };
  const saved = await saveDocumentType(
    user,
    input,
    id && version.success ? { id, expectedVersion: version.data } : undefined,
  );
  revalidatePath("/settings/document-types");
  return { redirect: `/settings/document-types?saved=${saved.id}`, confirmedOnPage: true };
});
