"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { controlProps, FormField, FormSummary, inputClass } from "@/components/forms/form-field";
import { IDLE_STATE, type ActionState } from "@/lib/forms/action-state";

/** Names and issues a token; the new token is shown here once, never stored in clear. */
export function IssueTokenForm({
  action,
  companyId,
}: {
  action: (state: ActionState<string>, form: FormData) => Promise<ActionState<string>>;
  companyId: string;
}) {
  const t = useTranslations("apiTokens");
  const [state, formAction, isPending] = useActionState(action, IDLE_STATE as ActionState<string>);
  const error = state.fieldErrors.name ? t(state.fieldErrors.name) : null;
  return (
    <form action={formAction} className="space-y-3 rounded-lg border border-slate-200 bg-white p-4">
      <FormSummary text={state.formError ? t("generic") : null} />
      <input type="hidden" name="companyId" value={companyId} />
      <FormField id="name" label={t("name")} hint={t("nameHint")} error={error}>
        <input {...controlProps("name", error, t("nameHint"))} maxLength={80} className={inputClass} />
      </FormField>
      <button
        type="submit"
        disabled={isPending}
        className="rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800 disabled:opacity-60"
      >
        {t("issue")}
      </button>
      {state.result && (
        <div role="alert" className="space-y-1 rounded border border-amber-400 bg-amber-50 p-3">
          <p className="font-medium">{t("issued")}</p>
          <code className="block break-all rounded bg-white p-2 text-sm" data-testid="new-token">
            {state.result}
          </code>
        </div>
      )}
    </form>
  );
}
