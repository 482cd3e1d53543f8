"use client";

import { useTranslations } from "next-intl";
import { FormSummary } from "@/components/forms/form-field";
import { useActionForm } from "@/components/forms/use-action-form";
import { IDLE_STATE, type ActionState } from "@/lib/forms/action-state";

/** A proposal as the page shows it: everything already in words (server-rendered). */
export type ProposalItem = {
  key: string;
  umkmId: string;
  umkm: string;
  regency: string;
  score: string;
  scoreLabel: string;
  reasons: string[];
  points: string[];
  missing: string | null;
  isPending: boolean;
  decisionLine: string | null;
};
export type ProposalNeed = { needId: string; title: string; meta: string; proposals: ProposalItem[] };

/**
 * The run's proposals grouped by need, each with its score and why; undecided ones have a
 * checkbox, and the ticked ones are accepted or dismissed together.
 */
export function ProposalsForm({
  action,
  runId,
  needs,
}: {
  action: (state: ActionState, form: FormData) => Promise<ActionState>;
  runId: string;
  needs: ProposalNeed[];
}) {
  const t = useTranslations("allocation");
  const { state, isPending, formProps } = useActionForm(action, IDLE_STATE);
  const done =
    state.status === "success" && state.message
      ? (JSON.parse(state.message) as { accepted: number; dismissed: number })
      : null;
  const key = state.formError;
  const summary = done
    ? t("done", done)
    : key
      ? t.has(`errors.${key}`)
        ? t(`errors.${key}`)
        : t("errors.invalid")
      : null;
  const hasPending = needs.some((need) => need.proposals.some((p) => p.isPending));
  return (
    <form {...formProps} className="space-y-4">
      <input type="hidden" name="runId" value={runId} />
      <p className="text-sm text-slate-700">{t("decideHint")}</p>
      <FormSummary text={summary} tone={done ? "success" : "error"} testId="decision-status" />
      {needs.map((need) => (
        <fieldset
          key={need.needId}
          className="rounded-lg border border-slate-200 bg-white p-4"
          data-testid="proposal-need"
        >
          <legend className="px-1 text-lg font-semibold">{need.title}</legend>
          <p className="text-sm text-slate-700">{need.meta}</p>
          <ul className="mt-3 divide-y divide-slate-100">
            {need.proposals.map((p) => (
              <li key={p.key} className="flex gap-3 py-3" data-testid="proposal">
                <div className="pt-1">
                  {p.isPending && (
                    <input
                      id={`p-${p.key}`}
                      type="checkbox"
                      name="proposal"
                      value={p.key}
                      className="h-5 w-5"
                      aria-label={t("choose", { umkm: p.umkm, need: need.title })}
                    />
                  )}
                </div>
                <div className="min-w-0 flex-1 space-y-1">
                  <div className="flex flex-wrap items-baseline gap-x-3">
                    <label htmlFor={p.isPending ? `p-${p.key}` : undefined} className="font-semibold">
                      {p.umkm}
                    </label>
                    <span className="text-sm text-slate-700">{p.regency}</span>
                    <span className="font-medium" aria-label={p.scoreLabel}>
                      {p.score}
                    </span>
                  </div>
                  {p.reasons.length > 0 && (
                    <ul className="list-disc pl-5 text-sm">
                      {p.reasons.map((r) => (
                        <li key={r}>{r}</li>
                      ))}
                    </ul>
                  )}
                  {p.missing && <p className="text-sm font-medium text-amber-900">{p.missing}</p>}
                  <details className="text-sm text-slate-700" open={p.reasons.length === 0}>
                    <summary className="cursor-pointer">{t("why")}</summary>
                    <ul className="mt-1 pl-5">
                      {p.points.map((line) => (
                        <li key={line}>{line}</li>
                      ))}
                    </ul>
                  </details>
                  {p.decisionLine && (
                    <p className="text-sm font-medium" data-testid="proposal-decision">
                      {p.decisionLine}
                    </p>
                  )}
                </div>
              </li>
            ))}
          </ul>
        </fieldset>
      ))}
      {hasPending && (
        <div className="flex flex-wrap gap-3">
          <button
            type="submit"
            name="decision"
            value="ACCEPT"
            disabled={isPending}
            className="rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800 disabled:opacity-60"
          >
            {isPending ? t("saving") : t("acceptSelected")}
          </button>
          <button
            type="submit"
            name="decision"
            value="DISMISS"
            disabled={isPending}
            className="rounded border border-slate-400 px-4 py-2 font-semibold hover:bg-slate-100 disabled:opacity-60"
          >
            {t("dismissSelected")}
          </button>
        </div>
      )}
    </form>
  );
}
