"use client";

import { useTranslations } from "next-intl";
import { FormField, FormSummary, inputClass } from "@/components/forms/form-field";
import { useActionForm } from "@/components/forms/use-action-form";
import { IDLE_STATE, type ActionState } from "@/lib/forms/action-state";
import { matchFormMessages } from "./form-messages";

/** Ends a running partnership (AGREEMENT_SIGNED → ENDED), with the reason. */
export function EndPartnershipForm({
  action,
  matchId,
  version,
  returnTo,
}: {
  action: (state: ActionState, form: FormData) => Promise<ActionState>;
  matchId: string;
  version: number;
  returnTo: string;
}) {
  const t = useTranslations("matching");
  const { state, isPending, formProps } = useActionForm(action, IDLE_STATE);
  const { err, summary, tone } = matchFormMessages(state, t);
  const id = `end-reason-${matchId}`;
  const error = err("reason");
  return (
    <form {...formProps} className="space-y-2" aria-labelledby={`end-${matchId}`} data-testid="end-partnership-form">
      <h3 id={`end-${matchId}`} className="font-semibold">
        {t("endForm.heading")}
      </h3>
      <FormSummary text={summary} tone={tone} testId="end-status" />
      <input type="hidden" name="matchId" value={matchId} />
      <input type="hidden" name="expectedVersion" value={version} />
      <input type="hidden" name="returnTo" value={returnTo} />
      <FormField id={id} label={t("endForm.reason")} hint={t("endForm.reasonHint")} error={error}>
        <textarea
          id={id}
          name="reason"
          rows={2}
          className={inputClass}
          aria-invalid={error ? true : undefined}
          aria-describedby={`${id}-hint${error ? ` ${id}-error` : ""}`}
          defaultValue={state.values?.reason as string | undefined}
        />
      </FormField>
      <button
        type="submit"
        disabled={isPending}
        className="rounded border border-red-700 px-4 py-2 font-semibold text-red-800 hover:bg-red-50 disabled:opacity-60"
      >
        {t("endForm.submit")}
      </button>
    </form>
  );
}
