"use server";

import { redirect } from "next/navigation";
import { after } from "next/server";
import { completePasswordReset } from "@/lib/dal/users/password-reset";
import { errorState } from "@/lib/forms/form-action";
import { fieldErrorsOf, formValues, type ActionState } from "@/lib/forms/action-state";
import { PASSWORD_RESET_NOTICE } from "@/lib/account";
import { requestIp } from "@/lib/http/request-ip";
import { requestPasswordResetMail } from "@/lib/security/password-reset";
import { resetCompleteSchema, resetRequestSchema } from "@/lib/validation/password-reset";

// The self-service password reset (lib/dal/users/password-reset.ts). Not formActions: nobody
// is signed in. Errors and the success message are keys of the `passwordReset` namespace.

/**
 * "Lupa kata sandi?": the same success answer whether or not the account exists; only a
 * malformed email or the per-email / per-IP limit (the same for every address) is refused.
 */
// eslint-disable-next-line no-restricted-syntax -- nobody is signed in: no user to authorise
export async function requestPasswordResetAction(_state: ActionState, form: FormData): Promise<ActionState> {
  const values = formValues(form);
  const parsed = resetRequestSchema.safeParse(values);
  if (!parsed.success) return { status: "error", fieldErrors: fieldErrorsOf(parsed.error), formError: null, values };
  try {
    await requestPasswordResetMail(parsed.data.email, await requestIp(), after);
  } catch (error) {
    return errorState(error, values);
  }
  return { status: "success", fieldErrors: {}, formError: null, message: "requestSent" };
}

/**
 * The reset page's form: a new password for the token (hidden field). On success every session
 * of the account has ended and the browser goes to sign-in with a notice.
 */
// eslint-disable-next-line no-restricted-syntax -- nobody is signed in: the token is the authority
export async function completePasswordResetAction(_state: ActionState, form: FormData): Promise<ActionState> {
  const parsed = resetCompleteSchema.safeParse(formValues(form));
  if (!parsed.success) {
    const { form: formKey, token, ...fieldErrors } = fieldErrorsOf(parsed.error);
    return { status: "error", fieldErrors, formError: token ?? formKey ?? null };
  }
  try {
    await completePasswordReset(parsed.data.token, parsed.data.newPassword, { ip: await requestIp() });
  } catch (error) {
    return errorState(error);
  }
  redirect(`/sign-in?notice=${PASSWORD_RESET_NOTICE}`);
}
