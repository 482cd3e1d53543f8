"use client";

import { useTranslations } from "next-intl";
import { FormSummary } from "@/components/forms/form-field";
import { useActionForm } from "@/components/forms/use-action-form";
import { IDLE_STATE, type ActionState } from "@/lib/forms/action-state";

/** "Run matching" for one need (PMPTSP); the result is announced in the live region. */
export function RunMatchingForm({
  action,
  needId,
}: {
  action: (state: ActionState, form: FormData) => Promise<ActionState>;
  needId: string;
}) {
  const t = useTranslations("matching");
  const { state, isPending, formProps } = useActionForm(action, IDLE_STATE);
  const counts =
    state.status === "success" && state.message
      ? (JSON.parse(state.message) as { suggested: number; updated: number; removed: number })
      : null;
  const summary = isPending
    ? t("candidates.running")
    : counts
      ? t("candidates.runDone", counts)
      : state.formError
        ? t(`errors.${state.formError}`)
        : null;
  return (
    <form {...formProps} className="space-y-2" data-testid="run-matching-form">
      <input type="hidden" name="needId" value={needId} />
      <div className="flex flex-wrap items-center gap-3">
        <button
          type="submit"
          disabled={isPending}
          className="rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800 disabled:opacity-60"
        >
          {t("candidates.run")}
        </button>
        <p className="text-sm text-slate-600">{t("candidates.runHint")}</p>
      </div>
      <FormSummary text={summary} tone={state.status === "error" ? "error" : "success"} testId="run-matching-status" />
    </form>
  );
}
