"use client";

import { useEffect } from "react";
import { signOut } from "next-auth/react";
import { useTranslations } from "next-intl";
import { controlProps, FormField, FormSummary } from "@/components/forms/form-field";
import { PasswordInput } from "@/components/forms/password-input";
import { fieldMessages, summaryErrors, useActionForm } from "@/components/forms/use-action-form";
import { PASSWORD_CHANGED_NOTICE } from "@/lib/account";
import { IDLE_STATE, messageKeyParts, type ActionState } from "@/lib/forms/action-state";

/**
 * A user's own password change. The change ends every session of the user (session version
 * bump), this one included, so on success the form signs out and sends them to sign in again.
 */
export function PasswordChangeForm({
  action,
}: {
  action: (state: ActionState, formData: FormData) => Promise<ActionState>;
}) {
  const t = useTranslations("account");
  const tv = useTranslations("userValidation");
  const { state, isPending, formProps } = useActionForm(action, IDLE_STATE as ActionState);
  const { err, formKey, hasErrors } = fieldMessages(state, tv);
  const summary =
    state.status === "success"
      ? t("done")
      : formKey
        ? tv(...messageKeyParts(formKey))
        : hasErrors
          ? tv("summary")
          : null;

  useEffect(() => {
    if (state.status === "success") void signOut({ callbackUrl: `/sign-in?notice=${PASSWORD_CHANGED_NOTICE}` });
  }, [state.status]);

  const field = (name: "currentPassword" | "newPassword" | "confirmPassword", autoComplete: string, hint?: string) => (
    <FormField id={name} label={t(name)} hint={hint} error={err(name)}>
      <PasswordInput {...controlProps(name, err(name), hint)} autoComplete={autoComplete} />
    </FormField>
  );
  return (
    <form
      {...formProps}
      className="space-y-4 rounded-lg border border-slate-200 bg-white p-4 sm:p-6"
      data-testid="password-change-form"
    >
      <FormSummary
        text={summary}
        tone={state.status === "success" ? "success" : "error"}
        errors={summaryErrors(state, tv, {
          currentPassword: t("currentPassword"),
          newPassword: t("newPassword"),
          confirmPassword: t("confirmPassword"),
        })}
        testId="form-error"
      />
      {field("currentPassword", "current-password")}
      {field("newPassword", "new-password", t("newPasswordHint"))}
      {field("confirmPassword", "new-password")}
      <button
        type="submit"
        disabled={isPending || state.status === "success"}
        className="rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800 disabled:opacity-60"
      >
        {isPending ? t("submitting") : t("submit")}
      </button>
    </form>
  );
}
