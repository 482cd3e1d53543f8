import "server-only";
import type { z } from "zod";
import type { FormState } from "@/lib/form-state";
import { settleAppError } from "@/lib/security/refusals";
import { UUID_SOURCE } from "@/lib/validation/ids";
import { MATCH_ERROR_KEYS } from "@/lib/validation/matches";
import { fieldErrorsOf } from "@/lib/validation/umkm";

/** Hidden fields: an error there is not the user's to fix, so it is one form-level message. */
const HIDDEN = new Set(["matchId", "expectedVersion", "verb", "needId"]);

/** The form state for a schema failure: visible fields' errors next to them, hidden ones as "invalid". */
export function matchInvalidState(error: z.ZodError, values: Record<string, string>): FormState {
  const fieldErrors = fieldErrorsOf(error, MATCH_ERROR_KEYS);
  const isHidden = Object.keys(fieldErrors).some((field) => HIDDEN.has(field));
  for (const field of Object.keys(fieldErrors)) if (HIDDEN.has(field)) delete fieldErrors[field];
  return { status: "error", fieldErrors, formError: isHidden ? "invalid" : null, values };
}

/**
 * The form state for an AppError of the match data layer: its `details.key` (stale,
 * notAllowed) or the code's key (notFound, forbidden, conflict, invalid) for the live summary,
 * a message of `matching.errors`. Anything else is rethrown (a bug or an outage); a FORBIDDEN is
 * audited (settleAppError).
 */
export async function matchErrorState(error: unknown, values: Record<string, string>): Promise<FormState> {
  const { code, details } = await settleAppError(error);
  const key = typeof details?.key === "string" ? details.key
    : code === "NOT_FOUND" ? "notFound" : code === "FORBIDDEN" ? "forbidden" : code === "CONFLICT" ? "conflict" : "invalid";
  return { status: "error", fieldErrors: {}, formError: key, values };
}

const RETURN_TO = new RegExp(`^/(?:needs/${UUID_SOURCE}/matches|matches(?:/${UUID_SOURCE})?|introductions)$`, "i");

/** Where a match form sends the user after a change: the page it came from (only our own pages), else the match. */
export function matchReturnPath(returnTo: string | undefined, matchId: string): string {
  const base = returnTo && RETURN_TO.test(returnTo) ? returnTo : `/matches/${matchId}`;
  return `${base}?updated=${matchId}#match-${matchId}`;
}
