"use client";

import { useTranslations } from "next-intl";
import { controlProps, FormField, FormSummary, inputClass } from "@/components/forms/form-field";
import { useActionForm } from "@/components/forms/use-action-form";
import { IDLE_STATE, type ActionState } from "@/lib/forms/action-state";

/** Verify/reject (PMPTSP) or withdraw (the nominating Diskop staff) a PROPOSED nomination. */
export function DecisionForm({
  action,
  nominationId,
  version,
  choices,
}: {
  action: (state: ActionState, form: FormData) => Promise<ActionState>;
  nominationId: string;
  version: number;
  choices: ("VERIFIED" | "REJECTED" | "WITHDRAWN")[];
}) {
  const t = useTranslations("nominations");
  const { state, isPending, formProps } = useActionForm(action, IDLE_STATE);
  const err = (name: string) => (state.fieldErrors[name] ? t(`errors.${state.fieldErrors[name]}`) : null);
  const count = Object.keys(state.fieldErrors).length;
  const summary =
    state.status === "success"
      ? t("done")
      : state.formError
        ? t(state.formError === "invalid" ? "errors.invalid" : state.formError)
        : count > 0
          ? t("errorSummary", { count })
          : null;
  const label = { VERIFIED: t("verify"), REJECTED: t("reject"), WITHDRAWN: t("withdraw") };
  return (
    <form {...formProps} className="space-y-4 rounded-lg border border-slate-200 bg-white p-4 sm:p-6">
      <FormSummary text={summary} tone={state.status === "success" ? "success" : "error"} testId="decision-status" />
      <input type="hidden" name="nominationId" value={nominationId} />
      <input type="hidden" name="expectedVersion" value={version} />
      <FormField id="reason" label={t("decisionReason")} hint={t("decisionReasonHint")} error={err("reason")}>
        <textarea {...controlProps("reason", err("reason"), t("decisionReasonHint"))} rows={2} className={inputClass} />
      </FormField>
      <div className="flex flex-wrap gap-3">
        {choices.map((to) => (
          <button
            key={to}
            type="submit"
            name="to"
            value={to}
            disabled={isPending}
            className={
              to === "VERIFIED"
                ? "rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800 disabled:opacity-60"
                : "rounded border border-slate-400 px-4 py-2 font-semibold hover:bg-slate-100 disabled:opacity-60"
            }
          >
            {label[to]}
          </button>
        ))}
      </div>
    </form>
  );
}
