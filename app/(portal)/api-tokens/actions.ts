"use server";

import { revalidatePath } from "next/cache";
import { requireUser } from "@/lib/auth";
import { issueApiToken, revokeApiToken } from "@/lib/dal/api-tokens";
import { fieldErrorsOf, type FormState } from "@/lib/form-state";
import { stateFromError } from "@/lib/forms/error-state";
import { apiTokenInputSchema } from "@/lib/validation/firms";
import { issuesOf } from "@/lib/validation/needs";

/** Issues a token for the firm; the token comes back once, in the form state only. */
export async function issueApiTokenAction(_prev: FormState, form: FormData): Promise<FormState> {
  const user = await requireUser();
  const parsed = apiTokenInputSchema.safeParse({ name: form.get("name") ?? "" });
  if (!parsed.success) return { status: "error", fieldErrors: fieldErrorsOf(issuesOf(parsed.error)), formError: null };
  try {
    const issued = await issueApiToken(user, String(form.get("companyId") ?? ""), parsed.data.name);
    revalidatePath("/api-tokens");
    return { status: "success", fieldErrors: {}, formError: null, secret: issued.token };
  } catch (error) {
    return stateFromError(error);
  }
}

/** Revokes one of the firm's tokens. */
export async function revokeApiTokenAction(form: FormData): Promise<void> {
  const user = await requireUser();
  await revokeApiToken(user, String(form.get("companyId") ?? ""), String(form.get("tokenId") ?? ""));
  revalidatePath("/api-tokens");
}
