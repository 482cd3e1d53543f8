"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { controlProps, FormField, FormSummary, inputClass } from "@/components/forms/form-field";
import { IDLE_STATE, type ActionState } from "@/lib/forms/action-state";
import type { NeedStatus } from "@/lib/generated/prisma/enums";

/** One button per status change the viewer may make, sharing a reason field. */
export function TransitionForm({
  action,
  needId,
  version,
  transitions,
}: {
  action: (state: ActionState, form: FormData) => Promise<ActionState>;
  needId: string;
  version: number;
  transitions: NeedStatus[];
}) {
  const t = useTranslations("needs");
  const tv = useTranslations("needValidation");
  const ts = useTranslations("status.need");
  const [state, formAction, isPending] = useActionState(action, IDLE_STATE);
  const reasonError = state.fieldErrors.reason ? tv(state.fieldErrors.reason) : null;
  const otherError = state.fieldErrors.to ?? state.fieldErrors.responseDeadline ?? state.fieldErrors.version;
  const summary =
    state.status === "success" && state.message
      ? t("transitionDone", { status: ts(state.message) })
      : state.formError
        ? tv(state.formError)
        : (reasonError ?? (otherError ? tv(otherError) : null));
  return (
    <form action={formAction} className="space-y-3" aria-labelledby="transitions-heading">
      <FormSummary text={summary} tone={state.status === "success" ? "success" : "error"} testId="transition-status" />
      <input type="hidden" name="needId" value={needId} />
      <input type="hidden" name="version" value={version} />
      <FormField id="reason" label={t("transitionReason")} hint={t("transitionReasonHint")} error={reasonError}>
        <textarea {...controlProps("reason", reasonError, t("transitionReasonHint"))} rows={2} className={inputClass} />
      </FormField>
      <div className="flex flex-wrap gap-2">
        {transitions.map((to) => (
          <button
            key={to}
            type="submit"
            name="to"
            value={to}
            disabled={isPending}
            className={`rounded px-4 py-2 font-semibold disabled:opacity-60 ${to === "CANCELLED" ? "border border-red-700 text-red-800" : "bg-brand-700 text-white hover:bg-brand-800"}`}
          >
            {t(`transitionTo_${to}`)}
          </button>
        ))}
      </div>
    </form>
  );
}
