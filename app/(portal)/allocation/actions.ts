"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { MATCH_APPROVERS } from "@/lib/access/roles";
import { requireRole } from "@/lib/auth";
import { startAllocationRun } from "@/lib/dal/allocation";
import { type FormState } from "@/lib/form-state";
import { stateFromError } from "@/lib/forms/error-state";

/** Starts a portfolio allocation run in the background and opens its page (progress, then proposals). */
export async function startAllocationRunAction(_prev: FormState, _form: FormData): Promise<FormState> {
  const user = await requireRole(...MATCH_APPROVERS);
  let id: string;
  try {
    ({ id } = await startAllocationRun(user));
  } catch (error) {
    return stateFromError(error);
  }
  revalidatePath("/allocation");
  redirect(`/allocation/${id}`);
}
