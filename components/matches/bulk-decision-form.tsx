"use client";

import { useTranslations } from "next-intl";
import { useEffect, useRef } from "react";
import { useActionForm } from "@/components/forms/use-action-form";
import { IDLE_STATE, type ActionState } from "@/lib/forms/action-state";

/** The form the table's row checkboxes belong to (`form="candidates-bulk"`). */
export const BULK_FORM_ID = "candidates-bulk";

type Outcome = { verb: "shortlist" | "approve"; done: number; stale: number; refused: number };

/**
 * Bulk shortlist / approve of the ticked rows of the candidates table. Each checkbox carries its
 * row's match id and version; the server applies the verb row by row and answers with the
 * counts ("3 disetujui, 1 ditolak karena sudah diubah orang lain"), which the live region
 * announces and which takes the focus.
 */
export function BulkDecisionForm({
  action,
  needId,
}: {
  action: (state: ActionState, form: FormData) => Promise<ActionState>;
  needId: string;
}) {
  const t = useTranslations("candidates");
  const { state, isPending, formProps } = useActionForm(action, IDLE_STATE);
  const status = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (state.status !== "idle") status.current?.focus();
  }, [state]);
  const outcome = state.status === "success" && state.message ? (JSON.parse(state.message) as Outcome) : null;
  const errorKey = state.formError ?? Object.values(state.fieldErrors)[0] ?? null;
  const text = isPending
    ? t("bulk.running")
    : outcome
      ? t(outcome.verb === "approve" ? "bulk.resultApprove" : "bulk.resultShortlist", outcome)
      : errorKey
        ? t.has(`bulk.errors.${errorKey}`)
          ? t(`bulk.errors.${errorKey}`)
          : t("bulk.errors.invalid")
        : null;
  return (
    <form {...formProps} id={BULK_FORM_ID} data-testid="bulk-form" className="space-y-2">
      <fieldset className="flex flex-wrap items-center gap-2">
        <legend className="mb-1 text-sm font-medium">{t("bulk.legend")}</legend>
        <input type="hidden" name="needId" value={needId} />
        <button
          type="submit"
          name="verb"
          value="shortlist"
          disabled={isPending}
          className="rounded border border-slate-400 px-4 py-2 font-semibold hover:bg-slate-100 disabled:opacity-60"
        >
          {t("bulk.shortlist")}
        </button>
        <button
          type="submit"
          name="verb"
          value="approve"
          disabled={isPending}
          className="rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800 disabled:opacity-60"
        >
          {t("bulk.approve")}
        </button>
      </fieldset>
      <p
        ref={status}
        role="status"
        aria-live="polite"
        tabIndex={-1}
        data-testid="bulk-status"
        className={`min-h-6 text-sm font-medium focus:outline-2 focus:outline-offset-2 ${
          state.status === "error" ? "text-red-800" : "text-green-800"
        }`}
      >
        {text}
      </p>
    </form>
  );
}
