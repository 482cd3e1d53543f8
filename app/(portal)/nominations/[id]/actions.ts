"use server";

import { revalidatePath } from "next/cache";
import { NOMINATION_ROLES } from "@/lib/access/roles";
import { decideNomination } from "@/lib/dal/umkm/nominations";
import { formString } from "@/lib/forms/action-state";
import { formAction } from "@/lib/forms/form-action";
import { NOMINATION_ERROR_KEYS, nominationDecisionSchema } from "@/lib/validation/nomination";

/** Verify, reject (PMPTSP) or withdraw (the nominating Diskop staff) at the version shown. */
export const decideNominationAction = formAction(
  NOMINATION_ROLES,
  nominationDecisionSchema,
  async (user, input, form) => {
    const nominationId = formString(form, "nominationId");
    await decideNomination(user, nominationId, input);
    revalidatePath(`/nominations/${nominationId}`);
    revalidatePath("/nominations");
    // The decision form disappears with the PROPOSED status, so the page itself confirms it.
    return { redirect: `/nominations/${nominationId}?updated=1`, confirmedOnPage: true };
  },
  { errorKeys: NOMINATION_ERROR_KEYS },
);
