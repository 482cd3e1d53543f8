"use server";

import type { z } from "zod";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { MATCH_APPROVERS, PARTNERSHIP_RECORDERS } from "@/lib/access/roles";
import { requireRole } from "@/lib/auth";
import { decideMatch, endPartnership, recordAgreement } from "@/lib/dal/matches";
import type { FormState } from "@/lib/form-state";
import type { Role } from "@/lib/generated/prisma/enums";
import type { SessionUser } from "@/lib/session-user";
import { matchErrorState, matchInvalidState, matchReturnPath } from "@/lib/matches/form-state";
import { formValues } from "@/lib/umkm/form-state";
import { agreementSchema, endPartnershipSchema, matchDecisionSchema, type DecisionVerb } from "@/lib/validation/matches";

// Thin actions: parse with the shared schema, call one dal function (which authorises in its
// where clause and checks the version), revalidate, and go back to the page the form was on.

function revalidateMatchPages(matchId: string, returnTo: string | undefined) {
  revalidatePath("/matches");
  revalidatePath(`/matches/${matchId}`);
  revalidatePath("/introductions");
  if (returnTo?.startsWith("/needs/")) revalidatePath(returnTo);
}

async function decide(roles: readonly Role[], verbs: readonly DecisionVerb[], form: FormData): Promise<FormState> {
  const user = await requireRole(...roles);
  const values = formValues(form);
  const parsed = matchDecisionSchema.safeParse(values);
  if (!parsed.success) return matchInvalidState(parsed.error, values);
  if (!verbs.includes(parsed.data.verb)) return { status: "error", fieldErrors: {}, formError: "forbidden", values };
  try {
    await decideMatch(user, parsed.data);
  } catch (error) {
    return matchErrorState(error, values);
  }
  revalidateMatchPages(parsed.data.matchId, values.returnTo);
  redirect(matchReturnPath(values.returnTo, parsed.data.matchId));
}

/** PMPTSP: shortlist, approve or reject (with reason) a suggested or shortlisted match. */
export async function officerDecisionAction(_prev: FormState, form: FormData): Promise<FormState> {
  return decide(MATCH_APPROVERS, ["shortlist", "approve", "reject"], form);
}

/** The firm's staff: accept or decline (with reason) an introduction for their firm's need. */
export async function firmDecisionAction(_prev: FormState, form: FormData): Promise<FormState> {
  return decide(["COMPANY_STAFF"], ["accept", "decline"], form);
}

/** The UMKM's owner: confirm interest in an introduction (once). */
export async function confirmInterestAction(_prev: FormState, form: FormData): Promise<FormState> {
  return decide(["UMKM_OWNER"], ["confirmInterest"], form);
}

/** The firm's staff or PMPTSP: one partnership step (agreement or end), parsed and handed to the dal. */
async function partnershipStep<T extends { matchId: string }>(schema: z.ZodType<T>, run: (user: SessionUser, input: T) => Promise<unknown>, form: FormData): Promise<FormState> {
  const user = await requireRole(...PARTNERSHIP_RECORDERS);
  const values = formValues(form);
  const parsed = schema.safeParse(values);
  if (!parsed.success) return matchInvalidState(parsed.error, values);
  try {
    await run(user, parsed.data);
  } catch (error) {
    return matchErrorState(error, values);
  }
  revalidateMatchPages(parsed.data.matchId, values.returnTo);
  redirect(matchReturnPath(values.returnTo, parsed.data.matchId));
}

/** The firm's staff or PMPTSP: record the signed agreement of an accepted introduction. */
export async function recordAgreementAction(_prev: FormState, form: FormData): Promise<FormState> {
  return partnershipStep(agreementSchema, recordAgreement, form);
}

/** The firm's staff or PMPTSP: end a running partnership, with the reason. */
export async function endPartnershipAction(_prev: FormState, form: FormData): Promise<FormState> {
  return partnershipStep(endPartnershipSchema, endPartnership, form);
}
