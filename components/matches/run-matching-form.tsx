"use client";

import { useTranslations } from "next-intl";
import { useEffect, useRef } from "react";
import { useActionForm } from "@/components/forms/use-action-form";
import { IDLE_STATE, type ActionState } from "@/lib/forms/action-state";

/**
 * "Run matching" for one need (PMPTSP); the result is announced in the live region, which
 * then takes the focus (keyboard and screen-reader users land on what the run did).
 */
export function RunMatchingForm({
  action,
  needId,
}: {
  action: (state: ActionState, form: FormData) => Promise<ActionState>;
  needId: string;
}) {
  const t = useTranslations("matching");
  const { state, isPending, formProps } = useActionForm(action, IDLE_STATE);
  const status = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (state.status !== "idle") status.current?.focus();
  }, [state]);
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
      <p
        ref={status}
        role="status"
        aria-live="polite"
        tabIndex={-1}
        data-testid="run-matching-status"
        className={`min-h-6 text-sm font-medium focus:outline-2 focus:outline-offset-2 ${
          state.status === "error" ? "text-red-800" : "text-green-800"
        }`}
      >
        {summary}
      </p>
    </form>
  );
}
