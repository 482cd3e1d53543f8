"use client";

import { useTranslations } from "next-intl";
import { controlProps, FormField, FormSummary, inputClass } from "@/components/forms/form-field";
import { useActionForm } from "@/components/forms/use-action-form";
import { IDLE_STATE, type ActionState } from "@/lib/forms/action-state";

/** The owner's own form: contact and products only (the data layer refuses anything else). */
export function OwnerUmkmForm({
  action,
  initial,
  umkmId,
  version,
}: {
  action: (state: ActionState, form: FormData) => Promise<ActionState>;
  initial: Record<string, string>;
  umkmId: string;
  version: number;
}) {
  const t = useTranslations("umkmForm");
  const { state, isPending, formProps } = useActionForm(action, IDLE_STATE);
  const values = (state.values as Record<string, string> | undefined) ?? initial;
  const err = (name: string) => (state.fieldErrors[name] ? t(`errors.${state.fieldErrors[name]}`) : null);
  const count = Object.keys(state.fieldErrors).length;
  const summary =
    state.status === "success"
      ? t("saved")
      : state.formError
        ? t(state.formError === "invalid" ? "errors.invalid" : state.formError)
        : count > 0
          ? t("errorSummary", { count })
          : null;
  const input = (name: string, type = "text", hint?: string) => (
    <FormField id={name} label={t(name)} hint={hint} error={err(name)}>
      <input
        {...controlProps(name, err(name), hint)}
        type={type}
        defaultValue={values[name] ?? ""}
        className={inputClass}
      />
    </FormField>
  );
  return (
    <form {...formProps} className="space-y-4 rounded-lg border border-slate-200 bg-white p-4 sm:p-6">
      <h2 className="text-lg font-semibold">{t("ownerEditTitle")}</h2>
      <p className="text-sm text-slate-700">{t("ownerEditHint")}</p>
      <FormSummary text={summary} tone={state.status === "success" ? "success" : "error"} testId="form-error" />
      <input type="hidden" name="umkmId" value={umkmId} />
      <input type="hidden" name="version" value={version} />
      <div className="grid gap-4 sm:grid-cols-2">
        {input("phone", "tel", t("phoneHint"))}
        {input("email", "email")}
        {input("address")}
      </div>
      <FormField id="productsText" label={t("productsText")} error={err("productsText")}>
        <textarea
          {...controlProps("productsText", err("productsText"))}
          rows={3}
          defaultValue={values.productsText ?? ""}
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
