"use client";

import { useTranslations } from "next-intl";
import { useActionForm } from "@/components/forms/use-action-form";
import { IDLE_STATE, type ActionState } from "@/lib/forms/action-state";

/** "Activate" for one inactive version; the answer is announced next to the button. */
export function ActivateForm({
  action,
  id,
  version,
}: {
  action: (state: ActionState, form: FormData) => Promise<ActionState>;
  id: string;
  version: number;
}) {
  const t = useTranslations("matchingWeights");
  const { state, isPending, formProps } = useActionForm(action, IDLE_STATE);
  const message =
    state.status === "success"
      ? t("activated", { version })
      : state.formError
        ? t.has(`errors.${state.formError}`)
          ? t(`errors.${state.formError}`)
          : t("errors.invalid")
        : null;
  return (
    <form {...formProps} className="space-y-1">
      <input type="hidden" name="id" value={id} />
      <button
        type="submit"
        disabled={isPending}
        aria-label={t("activateLabel", { version })}
        className="rounded border border-slate-400 px-3 py-1 font-semibold hover:bg-slate-100 disabled:opacity-60"
      >
        {t("activate")}
      </button>
      <p role="status" aria-live="polite" className="text-sm font-medium text-red-800">
        {state.status === "error" ? message : null}
      </p>
    </form>
  );
}
