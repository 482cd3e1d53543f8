"use server";

import { revalidatePath } from "next/cache";
import { requireUser } from "@/lib/auth";
import { issueApiToken, revokeApiToken } from "@/lib/dal/api/api-tokens";
import { formString } from "@/lib/forms/action-state";
import { formAction } from "@/lib/forms/form-action";
import { apiTokenInputSchema } from "@/lib/validation/firms";

/** Issues a token for the firm; the token comes back once, in the form state's result only. */
export const issueApiTokenAction = formAction<typeof apiTokenInputSchema, string>(
  "signedIn",
  apiTokenInputSchema,
  async (user, data, form) => {
    const issued = await issueApiToken(user, formString(form, "companyId"), data.name);
    revalidatePath("/api-tokens");
    return { message: "issued", result: issued.token };
  },
  { input: (form) => ({ name: form.get("name") ?? "" }), echo: false },
);

/** Revokes one of the firm's tokens (a plain form: no state to return). */
export async function revokeApiTokenAction(form: FormData): Promise<void> {
  const user = await requireUser();
  await revokeApiToken(user, formString(form, "companyId"), formString(form, "tokenId"));
  revalidatePath("/api-tokens");
}
