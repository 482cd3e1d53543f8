"use server";

import { revalidatePath } from "next/cache";
import { PAPERWORK_EDITORS } from "@/lib/access/roles";
import { openCase } from "@/lib/dal/paperwork/assistance-cases";
import { savePaperworkItem } from "@/lib/dal/paperwork/paperwork";
import { formAction } from "@/lib/forms/form-action";
import { caseOpenSchema, paperworkUpdateSchema } from "@/lib/validation/paperwork";

/** Records one document's progress for a UMKM (offices), with an optional scan; back on the UMKM page. */
export const savePaperworkAction = formAction(PAPERWORK_EDITORS, paperworkUpdateSchema, async (user, input, form) => {
  const file = form.get("scan");
  const scan =
    file instanceof File && file.size > 0 ? { name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) } : null;
  await savePaperworkItem(user, input, scan);
  revalidatePath(`/umkm/${input.umkmId}`);
  return { redirect: `/umkm/${input.umkmId}?saved=${input.documentTypeId}`, confirmedOnPage: true };
});

/** Opens an assistance case for a UMKM and a document (offices); back on the UMKM page. */
export const openCaseAction = formAction(PAPERWORK_EDITORS, caseOpenSchema, async (user, input) => {
  const { id } = await openCase(user, input);
  revalidatePath(`/umkm/${input.umkmId}`);
  revalidatePath("/cases");
  return { redirect: `/umkm/${input.umkmId}?caseOpened=${id}#cases`, confirmedOnPage: true };
});
