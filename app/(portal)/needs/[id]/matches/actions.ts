"use server";

import { revalidatePath } from "next/cache";
import { MATCH_APPROVERS } from "@/lib/access/roles";
import { requireRole } from "@/lib/auth";
import { runMatchingForNeed } from "@/lib/dal/matching-run";
import { AppError } from "@/lib/errors";
import type { FormState } from "@/lib/form-state";
import { matchErrorState } from "@/lib/matches/form-state";
import { formValues } from "@/lib/umkm/form-state";
import { isUuid } from "@/lib/validation/ids";

/** PMPTSP: run the matching service for one need; the counts come back for the live summary. */
export async function runMatchingAction(_prev: FormState, form: FormData): Promise<FormState> {
  const user = await requireRole(...MATCH_APPROVERS);
  const values = formValues(form);
  const needId = values.needId ?? "";
  if (!isUuid(needId)) return { status: "error", fieldErrors: {}, formError: "notFound", values };
  let counts: Awaited<ReturnType<typeof runMatchingForNeed>>;
  try {
    counts = await runMatchingForNeed(user, needId);
  } catch (error) {
    // Only OPEN or MATCHING needs can be matched: said plainly rather than as "invalid input".
    if (error instanceof AppError && error.message === "needNotOpen") return { status: "error", fieldErrors: {}, formError: "needNotOpen", values };
    return matchErrorState(error, values);
  }
  revalidatePath(`/needs/${needId}/matches`);
  revalidatePath("/matches");
  return { status: "success", fieldErrors: {}, formError: null, message: JSON.stringify(counts) };
}
