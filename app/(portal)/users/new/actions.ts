"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { requireRole } from "@/lib/auth";
import { createUser } from "@/lib/dal/users";
import { submittedValues, type ActionState } from "@/lib/forms/action-state";
import { errorState } from "@/lib/forms/error-state";
import { requestIp } from "@/lib/http/request-ip";
import { fieldErrorsOf, userCreateSchema } from "@/lib/validation/users";

/** Creates an account from the /users/new form, then opens it (/users/<id>?created=1). ADMIN only. */
export async function createUserAction(_state: ActionState, formData: FormData): Promise<ActionState> {
  const actor = await requireRole("ADMIN");
  const values = submittedValues(formData);
  const parsed = userCreateSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return { status: "error", fieldErrors: fieldErrorsOf(parsed.error), values };
  let id: string;
  try {
    ({ id } = await createUser(actor, parsed.data, { ip: await requestIp() }));
  } catch (error) {
    return errorState(error, values);
  }
  revalidatePath("/users");
  redirect(`/users/${id}?created=1`);
}
