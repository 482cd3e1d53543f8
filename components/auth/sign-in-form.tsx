"use client";

import { startTransition, useActionState, useState } from "react";
import { useTranslations } from "next-intl";
import { IDLE_STATE, messageKeyParts, type ActionState } from "@/lib/forms/action-state";
import { PasswordInput } from "@/components/forms/password-input";

type SignInAction = (state: ActionState, formData: FormData) => Promise<ActionState>;
type FieldErrors = ActionState["fieldErrors"];

/** What the browser can tell before asking the server (the server checks the same again). */
function checkLocally(data: FormData): FieldErrors {
  const errors: FieldErrors = {};
  if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(String(data.get("email") ?? "").trim())) errors.email = "emailRequired";
  if (!data.get("password")) errors.password = "passwordRequired";
  return errors;
}

/**
 * Email + password form; errors appear next to their field and in a live region. It posts to
 * the sign-in server action with method POST, so before its script has loaded (slow phone) it
 * still signs in as a plain form post and the password never appears in a URL. Once hydrated
 * it checks empty fields locally and submits through the same action without a page load.
 */
export function SignInForm({ action, callbackUrl }: { action: SignInAction; callbackUrl: string }) {
  const t = useTranslations("signIn");
  const [state, dispatch, isPending] = useActionState(action, IDLE_STATE);
  const [localErrors, setLocalErrors] = useState<FieldErrors | null>(null);
  const errors = localErrors ?? state.fieldErrors;
  const message = (field: string) => {
    const key = field === "form" ? (localErrors ? undefined : (state.formError ?? undefined)) : errors[field];
    return key ? t(...messageKeyParts(key)) : null;
  };

  function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const found = checkLocally(data);
    if (Object.keys(found).length > 0) {
      setLocalErrors(found);
      return;
    }
    setLocalErrors(null);
    startTransition(() => dispatch(data));
  }

  const emailError = message("email");
  const passwordError = message("password");
  const inputClass = "mt-1 block w-full rounded border border-slate-400 px-3 py-2 aria-invalid:border-red-700";
  return (
    <form
      action={dispatch}
      onSubmit={onSubmit}
      noValidate
      className="space-y-4 rounded-lg border border-slate-200 bg-white p-6"
      data-testid="sign-in-form"
    >
      <input type="hidden" name="callbackUrl" value={callbackUrl} />
      <div
        aria-live="polite"
        role="status"
        className="min-h-6 text-sm font-medium text-red-800"
        data-testid="form-error"
      >
        {message("form")}
      </div>
      <div>
        <label htmlFor="email" className="block font-medium">
          {t("email")}
        </label>
        <input
          id="email"
          name="email"
          type="email"
          autoComplete="username"
          required
          defaultValue={state.values?.email}
          aria-invalid={Boolean(emailError)}
          aria-describedby={emailError ? "email-error" : undefined}
          className={inputClass}
        />
        {emailError && (
          <p id="email-error" className="mt-1 text-sm text-red-800">
            {emailError}
          </p>
        )}
      </div>
      <div>
        <label htmlFor="password" className="block font-medium">
          {t("password")}
        </label>
        <PasswordInput
          id="password"
          name="password"
          autoComplete="current-password"
          required
          aria-invalid={Boolean(passwordError)}
          aria-describedby={passwordError ? "password-error" : undefined}
        />
        {passwordError && (
          <p id="password-error" className="mt-1 text-sm text-red-800">
            {passwordError}
          </p>
        )}
      </div>
      <button
        type="submit"
        disabled={isPending}
        className="w-full rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800 disabled:opacity-60"
      >
        {isPending ? t("submitting") : t("submit")}
      </button>
    </form>
  );
}
