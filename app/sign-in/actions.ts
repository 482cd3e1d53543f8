"use server";

import { redirect } from "next/navigation";
import { startSession } from "@/lib/auth";
import { fieldErrorsOf, type ActionState } from "@/lib/forms/action-state";
import { requestIp } from "@/lib/http/request-ip";
import { DEFAULT_AFTER_SIGN_IN, safePortalPath } from "@/lib/http/safe-path";
import { SignInRateLimitedError, rateLimitedMinutes } from "@/lib/security/sign-in-errors";
import { signInWithPassword } from "@/lib/security/sign-in";
import { credentialsSchema } from "@/lib/validation/sign-in";

/**
 * The sign-in form's action. A plain POST without JavaScript (the password travels in the
 * body, never in a URL) and the same call with it: the brute-force limiter and the audit
 * events of signInWithPassword, then next-auth's session cookie (startSession) and a redirect
 * to `callbackUrl` when it is a portal path. Errors are `signIn` message keys. Not a formAction:
 * there is no user yet to authorise, and the limiter's refusal is not an AppError.
 */
// eslint-disable-next-line no-restricted-syntax -- no user to authorise yet; the limiter's refusal is not an AppError
export async function signInAction(_state: ActionState, formData: FormData): Promise<ActionState> {
  const values = { email: typeof formData.get("email") === "string" ? String(formData.get("email")) : "" };
  const parsed = credentialsSchema.safeParse({
    email: formData.get("email") ?? "",
    password: formData.get("password") ?? "",
  });
  if (!parsed.success) return { status: "error", fieldErrors: fieldErrorsOf(parsed.error), formError: null, values };
  let user;
  try {
    user = await signInWithPassword(parsed.data.email, parsed.data.password, await requestIp());
  } catch (error) {
    if (!(error instanceof SignInRateLimitedError)) throw error;
    return {
      status: "error",
      fieldErrors: {},
      formError: `rateLimited|${rateLimitedMinutes(error.retryAfterSeconds)}`,
      values,
    };
  }
  if (!user) return { status: "error", fieldErrors: {}, formError: "invalid", values };
  await startSession(user);
  redirect(safePortalPath(formData.get("callbackUrl")) ?? DEFAULT_AFTER_SIGN_IN);
}
