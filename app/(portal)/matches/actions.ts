"use server";

import type { z } from "zod";
import { revalidatePath } from "next/cache";
import { MATCH_APPROVERS, PARTNERSHIP_RECORDERS } from "@/lib/access/roles";
import { decideMatch, endPartnership, recordAgreement } from "@/lib/dal/matches/matches";
import { formString } from "@/lib/forms/action-state";
import type { FlashKey } from "@/lib/forms/flash-cookie";
import { formAction } from "@/lib/forms/form-action";
import type { Role } from "@/lib/generated/prisma/enums";
import type { SessionUser } from "@/lib/session-user";
import { matchReturnPath } from "@/lib/matches/return-path";
import {
  agreementSchema,
  endPartnershipSchema,
  MATCH_ERROR_KEYS,
  matchDecisionSchema,
  type DecisionVerb,
} from "@/lib/validation/matches";

// Thin actions: parse with the shared schema, call one dal function (which authorises in its
// where clause and checks the version), revalidate, and go back to the page the form was on.
// Hidden fields are not the user's to fix: an error there is one form-level "invalid".
const OPTIONS = { errorKeys: MATCH_ERROR_KEYS, hidden: ["matchId", "expectedVersion", "verb", "needId"] };

/** What each step says on the page it returns to (a key of the `flash` catalogue). */
const FLASH: Record<DecisionVerb | "agreement" | "end", FlashKey> = {
  shortlist: "matchShortlisted",
  approve: "matchApproved",
  reject: "matchRejected",
  accept: "introductionAccepted",
  decline: "introductionDeclined",
  confirmInterest: "interestConfirmed",
  agreement: "agreementRecorded",
  end: "partnershipEnded",
};

function backToPage(matchId: string, form: FormData, flash: FlashKey) {
  const returnTo = formString(form, "returnTo") || undefined;
  revalidatePath("/matches");
  revalidatePath(`/matches/${matchId}`);
  revalidatePath("/introductions");
  if (returnTo?.startsWith("/needs/")) revalidatePath(returnTo);
  const redirect = matchReturnPath(returnTo, matchId);
  // The match page and a need's candidates page say what changed themselves (?updated=, focused,
  // with the UMKM's name): a flash there would announce the same thing twice.
  const pageConfirms = /^\/(?:matches\/[^/?]+|needs\/[^/?]+\/matches)\?/.test(redirect);
  return pageConfirms ? { redirect, confirmedOnPage: true as const } : { redirect, flash };
}

const decide = (roles: readonly Role[], verbs: readonly DecisionVerb[]) =>
  formAction(
    roles,
    matchDecisionSchema,
    async (user, input, form) => {
      if (!verbs.includes(input.verb)) return { formError: "forbidden" };
      await decideMatch(user, input);
      return backToPage(input.matchId, form, FLASH[input.verb]);
    },
    OPTIONS,
  );

/** PMPTSP: shortlist, approve or reject (with reason) a suggested or shortlisted match. */
export const officerDecisionAction = decide(MATCH_APPROVERS, ["shortlist", "approve", "reject"]);

/** The firm's staff: accept or decline (with reason) an introduction for their firm's need. */
export const firmDecisionAction = decide(["COMPANY_STAFF"], ["accept", "decline"]);

/** The UMKM's owner: confirm interest in an introduction (once). */
export const confirmInterestAction = decide(["UMKM_OWNER"], ["confirmInterest"]);

/** The firm's staff or PMPTSP: one partnership step (agreement or end), parsed and handed to the dal. */
const partnershipStep = <T extends { matchId: string }>(
  schema: z.ZodType<T>,
  run: (user: SessionUser, input: T) => Promise<unknown>,
  flash: FlashKey,
) =>
  formAction(
    PARTNERSHIP_RECORDERS,
    schema,
    async (user, input, form) => {
      await run(user, input);
      return backToPage(input.matchId, form, flash);
    },
    OPTIONS,
  );

/** The firm's staff or PMPTSP: record the signed agreement of an accepted introduction. */
export const recordAgreementAction = partnershipStep(agreementSchema, recordAgreement, FLASH.agreement);

/** The firm's staff or PMPTSP: end a running partnership, with the reason. */
export const endPartnershipAction = partnershipStep(endPartnershipSchema, endPartnership, FLASH.end);
