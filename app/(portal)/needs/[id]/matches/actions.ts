"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { text } from "@/lib/validation/text";
import { MATCH_APPROVERS } from "@/lib/access/roles";
import { runMatchingForNeed } from "@/lib/dal/matching/matching-run";
import { decideMatchesInBulk } from "@/lib/dal/matches/match-bulk";
import { bulkDecisionSchema } from "@/lib/validation/matches";
import { isUuid } from "@/lib/validation/ids";
import { formAction } from "@/lib/forms/form-action";

/** An id that is not a UUID finds no need: said as "notFound", like any need the user cannot see. */
const runMatchingSchema = z.object({ needId: text() }).refine(({ needId }) => isUuid(needId), { message: "notFound" });

/**
 * PMPTSP: run the matching service for one need; the counts come back for the live summary.
 * Only OPEN or MATCHING needs can be matched: the dal's "needNotOpen" key says so plainly.
 */
export const runMatchingAction = formAction(
  MATCH_APPROVERS,
  runMatchingSchema,
  async (user, { needId }) => {
    const counts = await runMatchingForNeed(user, needId);
    revalidatePath(`/needs/${needId}/matches`);
    revalidatePath("/matches");
    return { message: JSON.stringify(counts) };
  },
  { input: (form) => ({ needId: form.get("needId") ?? "" }) },
);

/**
 * PMPTSP: shortlist or approve the ticked rows of the candidates table. Each row carries the
 * version it showed and is decided on its own (lib/dal/matches/match-bulk.ts): the counts come
 * back for the live summary ("n disetujui, m ditolak karena sudah diubah orang lain").
 */
export const bulkDecisionAction = formAction(
  MATCH_APPROVERS,
  bulkDecisionSchema,
  async (user, { needId, verb, selected }) => {
    const { done, stale, refused } = await decideMatchesInBulk(user, verb, needId, selected);
    revalidatePath(`/needs/${needId}/matches`);
    revalidatePath("/matches");
    revalidatePath("/introductions");
    return { message: JSON.stringify({ verb, done: done.length, stale: stale.length, refused: refused.length }) };
  },
  {
    errorKeys: ["selectionRequired", "selectionTooLarge", "invalid", "textCharacter"],
    hidden: ["needId", "verb"],
    echo: false,
  },
);
