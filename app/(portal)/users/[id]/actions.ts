"use server";

import { revalidatePath } from "next/cache";
import { requireRole } from "@/lib/auth";
import { unlockAccount } from "@/lib/dal/user-lockout";
import { resetPassword, setUserActive, updateUser } from "@/lib/dal/users";
import { AppError } from "@/lib/errors";
import { submittedValues, type ActionState } from "@/lib/forms/action-state";
import { errorState } from "@/lib/forms/error-state";
import { requestIp } from "@/lib/http/request-ip";
import { generateTemporaryPassword } from "@/lib/temporary-password";
import { fieldErrorsOf, passwordResetSchema, userUpdateSchema } from "@/lib/validation/users";

const idOf = (formData: FormData) => String(formData.get("id") ?? "");

function refresh(id: string) {
  revalidatePath("/users");
  revalidatePath(`/users/${id}`);
}

/** Saves name, role and firm/UMKM (with the version the form was loaded with). ADMIN only. */
export async function updateUserAction(_state: ActionState, formData: FormData): Promise<ActionState> {
  const actor = await requireRole("ADMIN");
  const values = submittedValues(formData);
  const parsed = userUpdateSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return { status: "error", fieldErrors: fieldErrorsOf(parsed.error), values };
  try {
    await updateUser(actor, idOf(formData), parsed.data, { ip: await requestIp() });
  } catch (error) {
    return errorState(error, values);
  }
  refresh(idOf(formData));
  return { status: "success", fieldErrors: {} };
}

/** Lifts an account's sign-in lock (too many failed sign-ins) before it runs out. ADMIN only, audited. */
export async function unlockAccountAction(_state: ActionState, formData: FormData): Promise<ActionState> {
  const actor = await requireRole("ADMIN");
  try {
    await unlockAccount(actor, idOf(formData), { ip: await requestIp() });
  } catch (error) {
    return errorState(error);
  }
  refresh(idOf(formData));
  return { status: "success", fieldErrors: {} };
}

/** Disables (active=false) or re-enables (active=true) an account. ADMIN only. */
export async function setUserActiveAction(_state: ActionState, formData: FormData): Promise<ActionState> {
  const actor = await requireRole("ADMIN");
  const active = formData.get("active") === "true";
  try {
    await setUserActive(actor, idOf(formData), active, { ip: await requestIp() });
  } catch (error) {
    return errorState(error);
  }
  refresh(idOf(formData));
  return { status: "success", fieldErrors: {} };
}

/**
 * Resets a password to the typed temporary one, or to a generated one that is returned to be
 * shown once. ADMIN only.
 */
export async function resetPasswordAction(
  _state: ActionState<{ generatedPassword: string | null }>,
  formData: FormData,
): Promise<ActionState<{ generatedPassword: string | null }>> {
  const actor = await requireRole("ADMIN");
  const parsed = passwordResetSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return { status: "error", fieldErrors: fieldErrorsOf(parsed.error) };
  const ip = await requestIp();
  // A generated password could, very rarely, contain a short email local part: draw again.
  for (let attempt = 0; ; attempt += 1) {
    const password = parsed.data.password ?? generateTemporaryPassword();
    try {
      await resetPassword(actor, idOf(formData), password, { ip });
      refresh(idOf(formData));
      return { status: "success", fieldErrors: {}, result: { generatedPassword: parsed.data.password ? null : password } };
    } catch (error) {
      const retry = !parsed.data.password && attempt < 3 && error instanceof AppError && error.code === "INVALID_INPUT";
      if (!retry) return errorState(error);
    }
  }
}
