import "server-only";
import { forbidden, notFound } from "next/navigation";
import type { Actor } from "@/lib/actor";
import { getSession } from "@/lib/auth";
import { AppError } from "@/lib/errors";
import { recordDataLayerRefusal } from "@/lib/security/access-denied";

/**
 * The first step of every converter that turns a data-layer error into an answer — form
 * states of server actions (lib/forms/error-state.ts, lib/matches and lib/umkm form-state),
 * problem+json of route handlers (lib/http/problem.ts, lib/api/problems.ts) and pages
 * (answerPageError). Anything but an AppError is rethrown (a bug or an outage: the error page).
 * A FORBIDDEN is audited as `access.denied` once per request, like requireRole's refusals;
 * the audit never throws. `actor` defaults to the session's user (API handlers pass the token's).
 */
export async function settleAppError(error: unknown, actor?: Actor | null): Promise<AppError> {
  if (!(error instanceof AppError)) throw error;
  if (error.code === "FORBIDDEN") {
    const who = actor ?? (await getSession({ allowPasswordChangeDue: true }).catch(() => null));
    await recordDataLayerRefusal(who, error.message);
  }
  return error;
}

/**
 * A page's answer to an error of its data: NOT_FOUND → the 404 page, FORBIDDEN → the 403 page
 * (audited); anything else propagates (the error page).
 */
export async function answerPageError(error: unknown): Promise<never> {
  const appError = await settleAppError(error);
  if (appError.code === "NOT_FOUND") notFound();
  if (appError.code === "FORBIDDEN") forbidden();
  throw appError;
}

/**
 * A page's data load: the value, or the 404 page (NOT_FOUND) or 403 page (FORBIDDEN, audited)
 * when the data layer refuses — `const need = await loadOr404(() => getNeed(user, id))`.
 * Anything else propagates (the error page).
 */
export async function loadOr404<T>(load: () => Promise<T>): Promise<T> {
  try {
    return await load();
  } catch (error) {
    return answerPageError(error);
  }
}
