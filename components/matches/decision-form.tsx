"use client";

import { useTranslations } from "next-intl";
import { FormSummary, inputClass } from "@/components/forms/form-field";
import { useActionForm } from "@/components/forms/use-action-form";
import { IDLE_STATE, type ActionState } from "@/lib/forms/action-state";
import type { DecisionVerb } from "@/lib/validation/matches";
import { matchFormMessages } from "./form-messages";

const PRIMARY = new Set<DecisionVerb>(["approve", "accept", "confirmInterest"]);
const NEEDS_REASON = new Set<DecisionVerb>(["reject", "decline"]);

/**
 * One button per status decision the viewer may take on a match, at the version shown; a
 * reason field when one of them needs a reason (reject, decline). Ids carry the match id, so
 * several cards can sit on one page.
 */
export function MatchDecisionForm({
  action,
  matchId,
  version,
  verbs,
  returnTo,
}: {
  action: (state: ActionState, form: FormData) => Promise<ActionState>;
  matchId: string;
  version: number;
  verbs: DecisionVerb[];
  returnTo: string;
}) {
  const t = useTranslations("matching");
  const { state, isPending, formProps } = useActionForm(action, IDLE_STATE);
  const { err, summary, tone } = matchFormMessages(state, t);
  const reasonId = `reason-${matchId}`;
  const reasonError = err("reason");
  const hasReason = verbs.some((v) => NEEDS_REASON.has(v));
  return (
    <form {...formProps} className="space-y-2" data-testid="match-decision-form">
      <FormSummary text={summary} tone={tone} testId="match-decision-status" />
      <input type="hidden" name="matchId" value={matchId} />
      <input type="hidden" name="expectedVersion" value={version} />
      <input type="hidden" name="returnTo" value={returnTo} />
      {hasReason && (
        <div>
          <label htmlFor={reasonId} className="block text-sm font-medium">
            {t("reason")}
          </label>
          <textarea
            id={reasonId}
            name="reason"
            rows={2}
            className={inputClass}
            aria-invalid={reasonError ? true : undefined}
            aria-describedby={`${reasonId}-hint${reasonError ? ` ${reasonId}-error` : ""}`}
            defaultValue={state.values?.reason as string | undefined}
          />
          <p id={`${reasonId}-hint`} className="mt-1 text-sm text-slate-600">
            {t("reasonHint")}
          </p>
          {reasonError && (
            <p id={`${reasonId}-error`} className="mt-1 text-sm font-medium text-red-800">
              {reasonError}
            </p>
          )}
        </div>
      )}
      <div className="flex flex-wrap gap-2">
        {verbs.map((verb) => (
          <button
            key={verb}
            type="submit"
            name="verb"
            value={verb}
            disabled={isPending}
            className={
              PRIMARY.has(verb)
                ? "rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800 disabled:opacity-60"
                : NEEDS_REASON.has(verb)
                  ? "rounded border border-red-700 px-4 py-2 font-semibold text-red-800 hover:bg-red-50 disabled:opacity-60"
                  : "rounded border border-slate-400 px-4 py-2 font-semibold hover:bg-slate-100 disabled:opacity-60"
            }
          >
            {t(`verbs.${verb}`)}
          </button>
        ))}
      </div>
    </form>
  );
}
