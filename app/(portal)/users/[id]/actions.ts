"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { unlockAccount } from "@/lib/dal/users/user-lockout";
import { resetPassword, setUserActive, updateUser } from "@/lib/dal/users/users";
import { AppError } from "@/lib/errors";
import { formString } from "@/lib/forms/action-state";
import { formAction } from "@/lib/forms/form-action";
import { requestIp } from "@/lib/http/request-ip";
import { generateTemporaryPassword } from "@/lib/temporary-password";
import { passwordResetSchema, userUpdateSchema } from "@/lib/validation/users";

/** The account forms' only input besides the fields: the account's id (checked by the dal). */
const noFields = z.object({});

function refresh(id: string) {
  revalidatePath("/users");
  revalidatePath(`/users/${id}`);
}

/** Saves name, role and firm/UMKM (with the version the form was loaded with). ADMIN only. */
export const updateUserAction = formAction(["ADMIN"], userUpdateSchema, async (actor, input, form) => {
  await updateUser(actor, formString(form, "id"), input, { ip: await requestIp() });
  refresh(formString(form, "id"));
  return { message: "saved" };
});

/** Lifts an account's sign-in lock (too many failed sign-ins) before it runs out. ADMIN only, audited. */
export const unlockAccountAction = formAction(
  ["ADMIN"],
  noFields,
  async (actor, _input, form) => {
    await unlockAccount(actor, formString(form, "id"), { ip: await requestIp() });
    refresh(formString(form, "id"));
    return { message: "unlocked" };
  },
  { echo: false },
);

/** Disables (active=false) or re-enables (active=true) an account. ADMIN only. */
export const setUserActiveAction = formAction(
  ["ADMIN"],
  noFields,
  async (actor, _input, form) => {
    const active = form.get("active") === "true";
    await setUserActive(actor, formString(form, "id"), active, { ip: await requestIp() });
    refresh(formString(form, "id"));
    return { message: active ? "enabledDone" : "disabledDone" };
  },
  { echo: false },
);

/**
 * Resets a password to the typed temporary one, or to a generated one that is returned to be
 * shown once. ADMIN only.
 */
export const resetPasswordAction = formAction<typeof passwordResetSchema, { generatedPassword: string | null }>(
  ["ADMIN"],
  passwordResetSchema,
  async (actor, input, form) => {
    const ip = await requestIp();
    // A generated password could, very rarely, contain a short email local part: draw again.
    for (let attempt = 0; ; attempt += 1) {
      const password = input.password ?? generateTemporaryPassword();
      try {
        await resetPassword(actor, formString(form, "id"), password, { ip });
        refresh(formString(form, "id"));
        return {
          message: input.password ? "resetDoneTyped" : "resetDoneGenerated",
          result: { generatedPassword: input.password ? null : password },
        };
      } catch (error) {
        const retry = !input.password && attempt < 3 && error instanceof AppError && error.code === "INVALID_INPUT";
        if (!retry) throw error;
      }
    }
  },
  { echo: false },
);
