"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { PAPERWORK_EDITORS } from "@/lib/access/roles";
import { requireRole } from "@/lib/auth";
import { openCase } from "@/lib/dal/assistance-cases";
import { savePaperworkItem } from "@/lib/dal/paperwork";
import { type FormState } from "@/lib/form-state";
import { stateFromError } from "@/lib/forms/error-state";
import { caseOpenSchema, paperworkFieldErrors, paperworkUpdateSchema } from "@/lib/validation/paperwork";

const stringsOf = (form: FormData) =>
  Object.fromEntries([...form.entries()].filter(([key, value]) => typeof value === "string" && !key.startsWith("$")) as [string, string][]);

/** Records one document's progress for a UMKM (offices); back on the UMKM page with a confirmation. */
export async function savePaperworkAction(_prev: FormState, form: FormData): Promise<FormState> {
  const user = await requireRole(...PAPERWORK_EDITORS);
  const values = stringsOf(form);
  const parsed = paperworkUpdateSchema.safeParse(values);
  if (!parsed.success) return { status: "error", fieldErrors: paperworkFieldErrors(parsed.error), formError: null, values };
  const file = form.get("scan");
  const scan = file instanceof File && file.size > 0 ? { name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) } : null;
  try {
    await savePaperworkItem(user, parsed.data, scan);
  } catch (error) {
    return stateFromError(error, values);
  }
  revalidatePath(`/umkm/${parsed.data.umkmId}`);
  redirect(`/umkm/${parsed.data.umkmId}?saved=${parsed.data.documentTypeId}`);
}

/** Opens an assistance case for a UMKM and a document (offices); back on the UMKM page. */
export async function openCaseAction(_prev: FormState, form: FormData): Promise<FormState> {
  const user = await requireRole(...PAPERWORK_EDITORS);
  const values = stringsOf(form);
  const parsed = caseOpenSchema.safeParse(values);
  if (!parsed.success) return { status: "error", fieldErrors: paperworkFieldErrors(parsed.error), formError: null, values };
  let id: string;
  try {
    id = (await openCase(user, parsed.data)).id;
  } catch (error) {
    return stateFromError(error, values);
  }
  revalidatePath(`/umkm/${parsed.data.umkmId}`);
  revalidatePath("/cases");
  redirect(`/umkm/${parsed.data.umkmId}?caseOpened=${id}#cases`);
}
