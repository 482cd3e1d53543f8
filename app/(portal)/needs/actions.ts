"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { requireUser } from "@/lib/auth";
import { addNeedAttachment, deleteNeedAttachment } from "@/lib/dal/need-attachments";
import { createNeed, transitionNeed, updateNeed } from "@/lib/dal/need-writes";
import { fieldErrorsOf, valuesOf, type FormState } from "@/lib/form-state";
import { stateFromError } from "@/lib/forms/error-state";
import { issuesOf, needFormToInput, needInputSchema, needTransitionSchema, versionSchema } from "@/lib/validation/needs";

// Thin actions: parse with the shared schema, call one dal function (which authorises), revalidate.

/** Creates a need (no needId) or updates one at the version the form was loaded with. */
export async function saveNeedAction(_prev: FormState, form: FormData): Promise<FormState> {
  const user = await requireUser();
  const values = valuesOf(form);
  const parsed = needInputSchema.safeParse(needFormToInput(form));
  const needId = String(form.get("needId") ?? "");
  const version = versionSchema.safeParse(Number(form.get("version")));
  if (!parsed.success) return { status: "error", fieldErrors: fieldErrorsOf(issuesOf(parsed.error)), formError: null, values };
  let id = needId;
  try {
    if (needId) {
      if (!version.success) return { status: "error", fieldErrors: {}, formError: "versionInvalid", values };
      await updateNeed(user, needId, parsed.data, version.data);
    } else {
      id = (await createNeed(user, String(form.get("companyId") ?? "") || null, parsed.data)).id;
    }
  } catch (error) {
    return stateFromError(error, values);
  }
  revalidatePath("/needs");
  redirect(`/needs/${id}`);
}

/** Moves a need to another status (with reason), at the version shown on its page. */
export async function transitionNeedAction(_prev: FormState, form: FormData): Promise<FormState> {
  const user = await requireUser();
  const values = valuesOf(form);
  const parsed = needTransitionSchema.safeParse({ to: form.get("to"), reason: form.get("reason") ?? "", version: Number(form.get("version")) });
  if (!parsed.success) return { status: "error", fieldErrors: fieldErrorsOf(issuesOf(parsed.error)), formError: null, values };
  const needId = String(form.get("needId") ?? "");
  try {
    await transitionNeed(user, needId, parsed.data.to, parsed.data.reason, parsed.data.version);
  } catch (error) {
    return stateFromError(error, values);
  }
  revalidatePath("/needs");
  revalidatePath(`/needs/${needId}`);
  return { status: "success", fieldErrors: {}, formError: null, message: parsed.data.to };
}

/** Uploads one attachment; its type is checked from the bytes by the data layer. */
export async function uploadAttachmentAction(_prev: FormState, form: FormData): Promise<FormState> {
  const user = await requireUser();
  const file = form.get("file");
  if (!(file instanceof File) || file.size === 0) return { status: "error", fieldErrors: { file: "fileRequired" }, formError: null };
  const needId = String(form.get("needId") ?? "");
  try {
    await addNeedAttachment(user, needId, { name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) });
  } catch (error) {
    return stateFromError(error);
  }
  revalidatePath(`/needs/${needId}`);
  return { status: "success", fieldErrors: {}, formError: null, message: "attachmentUploaded" };
}

/** Removes an attachment from a need the user may edit. */
export async function deleteAttachmentAction(form: FormData): Promise<void> {
  const user = await requireUser();
  const needId = String(form.get("needId") ?? "");
  await deleteNeedAttachment(user, needId, String(form.get("attachmentId") ?? ""));
  revalidatePath(`/needs/${needId}`);
}
