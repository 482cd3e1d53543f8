"use server";

import { revalidatePath } from "next/cache";
import { createUser } from "@/lib/dal/users/users";
import { formAction } from "@/lib/forms/form-action";
import { requestIp } from "@/lib/http/request-ip";
import { userCreateSchema } from "@/lib/validation/users";

/** Creates an account from the /users/new form, then opens it (/users/<id>?created=1). ADMIN only. */
export const createUserAction = formAction(["ADMIN"], userCreateSchema, async (actor, input) => {
  const { id } = await createUser(actor, input, { ip: await requestIp() });
  revalidatePath("/users");
  return { redirect: `/users/${id}?created=1`, confirmedOnPage: true };
});
