"use client";

import { useTranslations } from "next-intl";
import { FormSummary } from "@/components/forms/form-field";
import { useActionForm } from "@/components/forms/use-action-form";
import { IDLE_STATE, type ActionState } from "@/lib/forms/action-state";

/** "Run allocation": refused (with the reason) while another run is in progress. */
export function StartRunForm({
  action,
  isRunning,
}: {
  action: (state: ActionState, form: FormData) => Promise<ActionState>;
  isRunning: boolean;
}) {
  const t = useTranslations("allocation");
  const { state, isPending, formProps } = useActionForm(action, IDLE_STATE);
  const key = state.formError;
  const summary = key
    ? t.has(`errors.${key}`)
      ? t(`errors.${key}`)
      : t("errors.invalid")
    : isRunning
      ? t("runningNow")
      : null;
  return (
    <form {...formProps} className="space-y-3 rounded-lg border border-slate-200 bg-white p-4 sm:p-6">
      <FormSummary text={summary} tone={key ? "error" : "success"} testId="start-status" />
      <p id="start-hint" className="text-sm text-slate-700">
        {t("startHint")}
      </p>
      <button
        type="submit"
        disabled={isPending || isRunning}
        aria-describedby="start-hint"
        className="rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800 disabled:opacity-60"
      >
        {isPending ? t("starting") : t("start")}
      </button>
    </form>
  );
}
