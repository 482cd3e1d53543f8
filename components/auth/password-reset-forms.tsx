"use client";

import { useTranslations } from "next-intl";
import { controlProps, FormField, FormSummary, inputClass } from "@/components/forms/form-field";
import { PasswordInput } from "@/components/forms/password-input";
import { fieldMessages, summaryErrors, useActionForm } from "@/components/forms/use-action-form";
import { IDLE_STATE, messageKeyParts, type ActionState } from "@/lib/forms/action-state";

type Action = (state: ActionState, formData: FormData) => Promise<ActionState>;

/**
 * "Lupa kata sandi?": the email of the account. The answer is the same whether or not the
 * account exists; the form stays so a mistyped address can be sent again.
 */
export function PasswordResetRequestForm({ action, minutes }: { action: Action; minutes: number }) {
  const t = useTranslations("passwordReset");
  const { state, isPending, formProps } = useActionForm(action, IDLE_STATE as ActionState);
  const { err, formKey } = fieldMessages(state, t);
  const translate = (key: string) => {
    const [name, values] = messageKeyParts(key);
    return t(name, { minutes, ...values });
  };
  const summary = state.status === "success" ? t("requestSent") : formKey ? translate(formKey) : null;
  return (
    <form
      {...formProps}
      className="space-y-4 rounded-lg border border-slate-200 bg-white p-4 sm:p-6"
      data-testid="reset-request-form"
    >
      <FormSummary
        text={summary}
        tone={state.status === "success" ? "success" : "error"}
        errors={summaryErrors(state, t, { email: t("email") })}
        title={t("summary")}
        testId="form-status"
      />
      <FormField id="email" label={t("email")} error={err("email")}>
        <input
          {...controlProps("email", err("email"))}
          type="email"
          autoComplete="username"
          defaultValue={typeof state.values?.email === "string" ? state.values.email : undefined}
          className={inputClass}
        />
      </FormField>
      <button
        type="submit"
        disabled={isPending}
        className="w-full rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800 disabled:opacity-60"
      >
        {isPending ? t("submitting") : t("submitRequest")}
      </button>
    </form>
  );
}

/** The reset link's page: a new password (the project's policy, checked by the server) twice. */
export function PasswordResetForm({ action, token, minutes }: { action: Action; token: string; minutes: number }) {
  const t = useTranslations("passwordReset");
  const { state, isPending, formProps } = useActionForm(action, IDLE_STATE as ActionState);
  const { err, formKey } = fieldMessages(state, t);
  const [formName, formValues] = formKey ? messageKeyParts(formKey) : [null, {}];
  const summary = formName ? t(formName, { minutes, ...formValues }) : null;
  const labels = { newPassword: t("newPassword"), confirmPassword: t("confirmPassword") };
  return (
    <form
      {...formProps}
      className="space-y-4 rounded-lg border border-slate-200 bg-white p-4 sm:p-6"
      data-testid="reset-form"
    >
      <input type="hidden" name="token" value={token} />
      <FormSummary text={summary} errors={summaryErrors(state, t, labels)} title={t("summary")} testId="form-status" />
      <FormField id="newPassword" label={labels.newPassword} hint={t("newPasswordHint")} error={err("newPassword")}>
        <PasswordInput
          {...controlProps("newPassword", err("newPassword"), t("newPasswordHint"))}
          autoComplete="new-password"
        />
      </FormField>
      <FormField id="confirmPassword" label={labels.confirmPassword} error={err("confirmPassword")}>
        <PasswordInput {...controlProps("confirmPassword", err("confirmPassword"))} autoComplete="new-password" />
      </FormField>
      <button
        type="submit"
        disabled={isPending}
        className="w-full rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800 disabled:opacity-60"
      >
        {isPending ? t("saving") : t("submitReset")}
      </button>
    </form>
  );
}
