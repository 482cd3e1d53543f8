"use client";

import { useTranslations } from "next-intl";
import { controlProps, FormField, FormSummary, inputClass } from "@/components/forms/form-field";
import { useActionForm } from "@/components/forms/use-action-form";
import { IDLE_STATE, type ActionState } from "@/lib/forms/action-state";

/** Diskop staff nominate one UMKM: reason, readiness notes, target KBLI sectors. */
export function NominateForm({
  action,
  umkmId,
}: {
  action: (state: ActionState, form: FormData) => Promise<ActionState>;
  umkmId: string;
}) {
  const t = useTranslations("nominations");
  const { state, isPending, formProps } = useActionForm(action, IDLE_STATE);
  const values = (state.values as Record<string, string> | undefined) ?? {};
  const err = (name: string) => (state.fieldErrors[name] ? t(`errors.${state.fieldErrors[name]}`) : null);
  const count = Object.keys(state.fieldErrors).length;
  const formError = state.formError === "conflict" ? "openExists" : state.formError;
  const summary =
    state.status === "success"
      ? t("nominated")
      : formError
        ? t(formError === "invalid" ? "errors.invalid" : formError)
        : count > 0
          ? t("errorSummary", { count })
          : null;
  return (
    <form {...formProps} className="space-y-4 rounded-lg border border-slate-200 bg-white p-4 sm:p-6">
      <h2 className="text-lg font-semibold">{t("nominateTitle")}</h2>
      <FormSummary text={summary} tone={state.status === "success" ? "success" : "error"} testId="nominate-status" />
      <input type="hidden" name="umkmId" value={umkmId} />
      <FormField id="reason" label={t("reason")} error={err("reason")}>
        <textarea
          {...controlProps("reason", err("reason"))}
          rows={3}
          defaultValue={values.reason ?? ""}
          className={inputClass}
        />
      </FormField>
      <FormField id="readinessNotes" label={t("readinessNotes")} error={err("readinessNotes")}>
        <textarea
          {...controlProps("readinessNotes", err("readinessNotes"))}
          rows={3}
          defaultValue={values.readinessNotes ?? ""}
          className={inputClass}
        />
      </FormField>
      <FormField id="targetKbli" label={t("targetKbli")} hint={t("targetKbliHint")} error={err("targetKbli")}>
        <input
          {...controlProps("targetKbli", err("targetKbli"), t("targetKbliHint"))}
          defaultValue={values.targetKbli ?? ""}
          className={inputClass}
        />
      </FormField>
      <button
        type="submit"
        disabled={isPending}
        className="rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800 disabled:opacity-60"
      >
        {isPending ? t("working") : t("nominate")}
      </button>
    </form>
  );
}
