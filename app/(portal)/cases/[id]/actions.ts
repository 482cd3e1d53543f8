"use server";

import { revalidatePath } from "next/cache";
import { PAPERWORK_EDITORS } from "@/lib/access/roles";
import { addCaseStep, closeCase, reassignCase } from "@/lib/dal/paperwork/assistance-cases";
import { formAction } from "@/lib/forms/form-action";
import { caseCloseSchema, caseReassignSchema, caseStepSchema } from "@/lib/validation/paperwork";

/** Back on the case page, which confirms what was done. */
function done(caseId: string, what: string) {
  revalidatePath(`/cases/${caseId}`);
  revalidatePath("/cases");
  return { redirect: `/cases/${caseId}?done=${what}`, confirmedOnPage: true } as const;
}

/** Records a step on a case (the first one starts the work: OPEN → IN_PROGRESS). */
export const addCaseStepAction = formAction(PAPERWORK_EDITORS, caseStepSchema, async (user, input) => {
  await addCaseStep(user, input);
  return done(input.caseId, "step");
});

/** Gives a case to someone else (or nobody) and/or moves its due date. */
export const reassignCaseAction = formAction(PAPERWORK_EDITORS, caseReassignSchema, async (user, input) => {
  await reassignCase(user, input);
  return done(input.caseId, "reassign");
});

/** Resolves a case with its outcome, or cancels it with the reason. */
export const closeCaseAction = formAction(PAPERWORK_EDITORS, caseCloseSchema, async (user, input) => {
  await closeCase(user, input);
  return done(input.caseId, input.to === "RESOLVED" ? "resolve" : "cancel");
});
