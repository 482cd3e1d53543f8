"use server";

import { revalidatePath } from "next/cache";
import { requireUser } from "@/lib/auth";
import { addNeedAttachment, deleteNeedAttachment } from "@/lib/dal/needs/need-attachments";
import { createNeed, transitionNeed, updateNeed } from "@/lib/dal/needs/need-writes";
import { formString, type ActionState } from "@/lib/forms/action-state";
import { errorState, formAction } from "@/lib/forms/form-action";
import { needFormToInput, needInputSchema, needTransitionSchema, versionSchema } from "@/lib/validation/needs";

// Thin actions: parse with the shared schema, call one dal function (which authorises), revalidate.

/** Creates a need (no needId) or updates one at the version the form was loaded with. */
export const saveNeedAction = formAction(
  "signedIn",
  needInputSchema,
  async (user, input, form) => {
    const needId = formString(form, "needId");
    let id = needId;
    if (needId) {
      const version = versionSchema.safeParse(Number(form.get("version")));
      if (!version.success) return { formError: "versionInvalid" };
      await updateNeed(user, needId, input, version.data);
    } else {
      id = (await createNeed(user, formString(form, "companyId") || null, input)).id;
    }
    revalidatePath("/needs");
    return { redirect: `/needs/${id}`, flash: "needSaved" };
  },
  { input: needFormToInput },
);

/** Moves a need to another status (with reason), at the version shown on its page. */
export const transitionNeedAction = formAction(
  "signedIn",
  needTransitionSchema,
  async (user, input, form) => {
    const needId = formString(form, "needId");
    await transitionNeed(user, needId, input.to, input.reason, input.version);
    revalidatePath("/needs");
    revalidatePath(`/needs/${needId}`);
    return { message: input.to };
  },
  { input: (form) => ({ to: form.get("to"), reason: form.get("reason") ?? "", version: Number(form.get("version")) }) },
);

/**
 * Uploads one attachment; its type is checked from the bytes by the data layer. Not a
 * formAction: the input is a file, not fields a zod schema parses; errors use the one converter.
 */
// eslint-disable-next-line no-restricted-syntax -- a file, not fields a schema parses; errors go through errorState
export async function uploadAttachmentAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  const user = await requireUser();
  const file = form.get("file");
  if (!(file instanceof File) || file.size === 0)
    return { status: "error", fieldErrors: { file: "fileRequired" }, formError: null };
  const needId = formString(form, "needId");
  try {
    await addNeedAttachment(user, needId, { name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) });
  } catch (error) {
    return errorState(error);
  }
  revalidatePath(`/needs/${needId}`);
  return { status: "success", fieldErrors: {}, formError: null, message: "attachmentUploaded" };
}

/** Removes an attachment from a need the user may edit (a plain form: no state to return). */
export async function deleteAttachmentAction(form: FormData): Promise<void> {
  const user = await requireUser();
  const needId = formString(form, "needId");
  await deleteNeedAttachment(user, needId, formString(form, "attachmentId"));
  revalidatePath(`/needs/${needId}`);
}
