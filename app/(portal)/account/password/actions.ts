"use server";

import { requireUser } from "@/lib/auth";
import { changeOwnPassword } from "@/lib/dal/users";
import { type ActionState } from "@/lib/forms/action-state";
import { errorState } from "@/lib/forms/error-state";
import { requestIp } from "@/lib/http/request-ip";
import { fieldErrorsOf, passwordChangeSchema } from "@/lib/validation/users";

/**
 * The signed-in user's own password change. On success every session of the user has ended
 * (session version bump); the form then signs out and opens the sign-in page. Any role, and
 * the one action a user whose password change is due may call.
 */
export async function changePasswordAction(_state: ActionState, formData: FormData): Promise<ActionState> {
  const user = await requireUser({ allowPasswordChangeDue: true });
  const parsed = passwordChangeSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return { status: "error", fieldErrors: fieldErrorsOf(parsed.error) };
  try {
    await changeOwnPassword(user, parsed.data.currentPassword, parsed.data.newPassword, { ip: await requestIp() });
  } catch (error) {
    return errorState(error);
  }
  return { status: "success", fieldErrors: {} };
}
