"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { requireRole } from "@/lib/auth";
import { saveDocumentType } from "@/lib/dal/document-types";
import { type FormState } from "@/lib/form-state";
import { stateFromError } from "@/lib/forms/error-state";
import { documentTypeInputSchema } from "@/lib/validation/document-types";
import { expectedVersionSchema, paperworkFieldErrors } from "@/lib/validation/paperwork";

/** ADMIN creates a document type (no id) or saves one at the version its form was loaded with. */
export async function saveDocumentTypeAction(_prev: FormState, form: FormData): Promise<FormState> {
  const user = await requireRole("ADMIN");
  const values = Object.fromEntries([...form.entries()].filter(([key, value]) => typeof value === "string" && !key.startsWith("$")) as [string, string][]);
  const parsed = documentTypeInputSchema.safeParse(values);
  if (!parsed.success) return { status: "error", fieldErrors: paperworkFieldErrors(parsed.error), formError: null, values };
  const id = values.id ?? "";
  const version = expectedVersionSchema.safeParse(values.expectedVersion);
  if (id && !version.success) return { status: "error", fieldErrors: {}, formError: "stale", values };
  let saved: { id: string };
  try {
    saved = await saveDocumentType(user, parsed.data, id && version.success ? { id, expectedVersion: version.data } : undefined);
  } catch (error) {
    return stateFromError(error, values);
  }
  revalidatePath("/settings/document-types");
  redirect(`/settings/document-types?saved=${saved.id}`);
}
