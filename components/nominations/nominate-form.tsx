"use client";

import { useTranslations } from "next-intl";
import { controlProps, FormField, FormSummary, inputClass } from "@/components/forms/form-field";
import { useActionForm } from "@/components/forms/use-action-form";
import { IDLE_STATE, type ActionState } from "@/lib/forms/action-state";

/** UMKM to choose from (a need's page): a radio group instead of the fixed `umkmId`. */
export type NominateChoices = {
  legend: string;
  options: { id: string; label: string; disabled: boolean }[];
};

/**
 * Diskop staff nominate one UMKM: reason, readiness notes, target KBLI sectors. On an UMKM's
 * page the UMKM is fixed (`umkmId`); on a need's page it is chosen from `choices` and the
 * target sectors start as the need's KBLI (`defaultTargetKbli`).
 */
export function NominateForm({
  action,
  umkmId,
  choices,
  defaultTargetKbli = "",
}: {
  action: (state: ActionState, form: FormData) => Promise<ActionState>;
  umkmId?: string;
  choices?: NominateChoices;
  defaultTargetKbli?: string;
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
      {choices ? (
        <fieldset
          className="space-y-2"
          aria-describedby={err("umkmId") ? "umkmId-error" : undefined}
          data-testid="nominate-choices"
        >
          <legend className="font-medium">{choices.legend}</legend>
          {err("umkmId") && (
            <p id="umkmId-error" className="text-sm text-red-800">
              {err("umkmId")}
            </p>
          )}
          {choices.options.map((option, index) => (
            <label key={option.id} className="flex items-start gap-2">
              <input
                type="radio"
                name="umkmId"
                value={option.id}
                id={index === 0 ? "umkmId" : undefined}
                disabled={option.disabled}
                defaultChecked={values.umkmId === option.id}
                className="mt-1"
              />
              <span className={option.disabled ? "text-slate-600" : undefined}>{option.label}</span>
            </label>
          ))}
        </fieldset>
      ) : (
        <input type="hidden" name="umkmId" value={umkmId} />
      )}
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
          defaultValue={values.targetKbli ?? defaultTargetKbli}
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
