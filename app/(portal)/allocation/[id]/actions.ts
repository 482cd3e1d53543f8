"use server";

import { revalidatePath } from "next/cache";
import { MATCH_APPROVERS } from "@/lib/access/roles";
import { requireRole } from "@/lib/auth";
import { decideProposals } from "@/lib/dal/allocation";
import { type FormState } from "@/lib/form-state";
import { stateFromError } from "@/lib/forms/error-state";
import { proposalDecisionSchema } from "@/lib/validation/allocation";

/** Accepts (→ SHORTLISTED matches) or dismisses the ticked proposals of a run, all or nothing. */
export async function decideProposalsAction(_prev: FormState, form: FormData): Promise<FormState> {
  const user = await requireRole(...MATCH_APPROVERS);
  const parsed = proposalDecisionSchema.safeParse({ runId: form.get("runId"), decision: form.get("decision"), proposals: form.getAll("proposal") });
  if (!parsed.success) {
    const key = parsed.error.issues.find((i) => i.path[0] === "proposals")?.message === "nothingChosen" ? "nothingChosen" : "invalid";
    return { status: "error", fieldErrors: {}, formError: key };
  }
  const { runId, decision, proposals } = parsed.data;
  let result: { accepted: number; dismissed: number };
  try {
    result = await decideProposals(user, runId, decision === "ACCEPT" ? proposals : [], decision === "DISMISS" ? proposals : []);
  } catch (error) {
    return stateFromError(error);
  }
  revalidatePath(`/allocation/${runId}`);
  revalidatePath("/allocation");
  return { status: "success", fieldErrors: {}, formError: null, message: JSON.stringify(result) };
}
