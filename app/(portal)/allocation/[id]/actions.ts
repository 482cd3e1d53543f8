"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { MATCH_APPROVERS } from "@/lib/access/roles";
import { decideProposals } from "@/lib/dal/allocation/allocation";
import { formAction } from "@/lib/forms/form-action";
import { proposalDecisionSchema } from "@/lib/validation/allocation";

/**
 * Accepts (→ SHORTLISTED matches) or dismisses the ticked proposals of a run, all or nothing.
 * The form has no field to mark: nothing ticked is said as "nothingChosen", anything else as "invalid".
 */
export const decideProposalsAction = formAction(
  MATCH_APPROVERS,
  z.object({}),
  async (user, _input, form) => {
    const parsed = proposalDecisionSchema.safeParse({
      runId: form.get("runId"),
      decision: form.get("decision"),
      proposals: form.getAll("proposal"),
    });
    if (!parsed.success)
      return {
        formError:
          parsed.error.issues.find((i) => i.path[0] === "proposals")?.message === "nothingChosen"
            ? "nothingChosen"
            : "invalid",
      };
    const { runId, decision, proposals } = parsed.data;
    const result = await decideProposals(
      user,
      runId,
      decision === "ACCEPT" ? proposals : [],
      decision === "DISMISS" ? proposals : [],
    );
    revalidatePath(`/allocation/${runId}`);
    revalidatePath("/allocation");
    return { message: JSON.stringify(result) };
  },
  { echo: false },
);
