"use client";

import { useTranslations } from "next-intl";
import { controlProps, FormField, FormSummary, inputClass } from "@/components/forms/form-field";
import { fieldMessages, useActionForm } from "@/components/forms/use-action-form";
import { IDLE_STATE, type ActionState } from "@/lib/forms/action-state";

export type ResetResult = { generatedPassword: string | null };

/**
 * Admin password reset. An empty field lets the server generate the temporary password, which
 * is shown here once (it is in no log and cannot be shown again); a typed one is not echoed.
 */
export function PasswordResetForm({
  action,
  userId,
}: {
  action: (state: ActionState<ResetResult>, formData: FormData) => Promise<ActionState<ResetResult>>;
  userId: string;
}) {
  const t = useTranslations("userAdmin");
  const tv = useTranslations("userValidation");
  const { state, isPending, formProps } = useActionForm(action, IDLE_STATE as ActionState<ResetResult>);
  const { err, formKey } = fieldMessages(state, tv);
  const generated = state.status === "success" ? state.result?.generatedPassword : null;
  const summary = formKey
    ? tv(formKey)
    : err("password")
      ? tv("summary")
      : state.status === "success" && !generated
        ? t("resetDoneTyped")
        : null;
  return (
    <form {...formProps} className="space-y-3" data-testid="password-reset-form">
      <p className="text-sm text-slate-600">{t("resetHint")}</p>
      <FormSummary text={summary} tone={state.status === "success" ? "success" : "error"} testId="reset-status" />
      {generated && (
        <div className="rounded border border-amber-600 bg-amber-50 p-3" role="alert">
          <p className="text-sm font-medium">{t("resetDone")}</p>
          <output className="mt-1 block font-mono text-lg" data-testid="temporary-password">
            {generated}
          </output>
        </div>
      )}
      <input type="hidden" name="id" value={userId} />
      <FormField id="password" label={t("tempPassword")} hint={t("passwordHint")} error={err("password")}>
        <input
          {...controlProps("password", err("password"), t("passwordHint"))}
          type="text"
          autoComplete="new-password"
          spellCheck={false}
          className={inputClass}
        />
      </FormField>
      <button
        type="submit"
        disabled={isPending}
        className="rounded border border-brand-700 px-4 py-2 font-semibold text-brand-700 disabled:opacity-60"
      >
        {isPending ? t("saving") : t("resetSubmit")}
      </button>
    </form>
  );
}
