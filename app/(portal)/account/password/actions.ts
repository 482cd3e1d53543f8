"use server";

import { changeOwnPassword } from "@/lib/dal/users/users";
import { formAction } from "@/lib/forms/form-action";
import { requestIp } from "@/lib/http/request-ip";
import { passwordChangeSchema } from "@/lib/validation/users";

/**
 * The signed-in user's own password change. On success every session of the user has ended
 * (session version bump); the form then signs out and opens the sign-in page. Any role, and
 * the one action a user whose password change is due may call.
 */
export const changePasswordAction = formAction(
  "signedInPasswordChangeDue",
  passwordChangeSchema,
  async (user, input) => {
    await changeOwnPassword(user, input.currentPassword, input.newPassword, { ip: await requestIp() });
    return { message: "done" };
  },
  { echo: false },
);
