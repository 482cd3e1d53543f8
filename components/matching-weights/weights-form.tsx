"use client";

import { useState } from "react";
import { useTranslations } from "next-intl";
import { controlProps, FormField, FormSummary, inputClass } from "@/components/forms/form-field";
import { useActionForm } from "@/components/forms/use-action-form";
import { IDLE_STATE, type ActionState } from "@/lib/forms/action-state";
import { COMPONENTS, type ComponentName } from "@/lib/matching/types";

const parse = (value: string) => Number(value.trim().replace(",", "."));

/**
 * Seven percentages and a note, saved as a new version. The sum is shown live next to the
 * fields (and announced politely); the server checks the same rule and answers with the
 * same message next to the fields.
 */
export function WeightsForm({
  action,
  initial,
}: {
  action: (state: ActionState, form: FormData) => Promise<ActionState>;
  initial: Record<ComponentName, string>;
}) {
  const t = useTranslations("matchingWeights");
  const { state, isPending, formProps } = useActionForm(action, IDLE_STATE);
  const [values, setValues] = useState<Record<ComponentName, string>>(initial);
  const sum =
    Math.round(
      COMPONENTS.reduce((total, name) => total + (Number.isFinite(parse(values[name])) ? parse(values[name]) : 0), 0) *
        100,
    ) / 100;
  const isExact = sum === 100;
  const err = (name: string) => (state.fieldErrors[name] ? t(`errors.${state.fieldErrors[name]}`) : null);
  const count = Object.keys(state.fieldErrors).length;
  const summary =
    state.status === "success"
      ? t("saved", { version: state.message ?? "" })
      : state.formError
        ? t.has(`errors.${state.formError}`)
          ? t(`errors.${state.formError}`)
          : t("errors.invalid")
        : count > 0
          ? t("errors.errorSummary", { count })
          : null;
  const sumError = err("sum");
  return (
    <form {...formProps} className="space-y-4 rounded-lg border border-slate-200 bg-white p-4 sm:p-6">
      <FormSummary text={summary} tone={state.status === "success" ? "success" : "error"} testId="weights-status" />
      <fieldset className="space-y-3" aria-describedby="weights-sum">
        <legend className="font-semibold">{t("newTitle")}</legend>
        <p className="text-sm text-slate-700">{t("newHint")}</p>
        <div className="grid gap-4 sm:grid-cols-2">
          {COMPONENTS.map((name) => (
            <FormField
              key={name}
              id={name}
              label={`${t(`components.${name}`)} (%)`}
              hint={t(`hints.${name}`)}
              error={err(name)}
            >
              <input
                {...controlProps(name, err(name), t(`hints.${name}`))}
                inputMode="decimal"
                autoComplete="off"
                value={values[name]}
                onChange={(event) => setValues({ ...values, [name]: event.target.value })}
                className={inputClass}
              />
            </FormField>
          ))}
        </div>
        <p
          id="weights-sum"
          aria-live="polite"
          data-testid="weights-sum"
          className={`font-semibold ${isExact ? "text-green-800" : "text-red-800"}`}
        >
          {isExact ? t("sumOk") : t("sumOff", { sum })}
        </p>
        {sumError && (
          <p id="sum-error" className="text-sm font-medium text-red-800">
            {sumError}
          </p>
        )}
      </fieldset>
      <FormField id="note" label={t("note")} hint={t("noteHint")} error={err("note")}>
        <textarea
          {...controlProps("note", err("note"), t("noteHint"))}
          rows={2}
          defaultValue={state.values?.note as string | undefined}
          className={inputClass}
        />
      </FormField>
      <button
        type="submit"
        disabled={isPending}
        className="rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800 disabled:opacity-60"
      >
        {isPending ? t("saving") : t("save")}
      </button>
    </form>
  );
}
