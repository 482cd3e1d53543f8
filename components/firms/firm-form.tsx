"use client";

import { useActionState, useEffect, useRef } from "react";
import { useTranslations } from "next-intl";
import { controlProps, FormField, FormSummary, inputClass } from "@/components/forms/form-field";
import { IDLE_STATE, type ActionState } from "@/lib/forms/action-state";

const TYPES = ["PMA", "PMDN", "BUMN"] as const;

/** Create/edit form of a firm; validated on the server with firmInputSchema. */
export function FirmForm({
  action,
  initial,
  firmId,
  version,
  regencies,
}: {
  action: (state: ActionState, form: FormData) => Promise<ActionState>;
  initial: Record<string, string>;
  firmId?: string;
  version?: number;
  regencies: { code: string; name: string }[];
}) {
  const t = useTranslations("firms");
  const formRef = useRef<HTMLFormElement>(null);
  const [state, formAction, isPending] = useActionState(action, IDLE_STATE);
  // After a refused submission, keyboard and screen-reader users land on the first invalid field.
  useEffect(() => {
    if (state.status === "error") formRef.current?.querySelector<HTMLElement>("[aria-invalid='true']")?.focus();
  }, [state]);
  const values = (state.values as Record<string, string> | undefined) ?? initial;
  const err = (name: string) => (state.fieldErrors[name] ? t(`v_${state.fieldErrors[name]}`) : null);
  const count = Object.keys(state.fieldErrors).length;
  const summary =
    state.status === "success"
      ? t("saved")
      : state.formError
        ? t(`v_${state.formError}`)
        : count > 0
          ? t("errorSummary", { count })
          : null;
  const input = (name: string, type = "text") => (
    <FormField id={name} label={t(name)} error={err(name)}>
      <input {...controlProps(name, err(name))} type={type} defaultValue={values[name] ?? ""} className={inputClass} />
    </FormField>
  );
  const select = (name: string, options: { value: string; label: string }[]) => (
    <FormField id={name} label={t(name)} error={err(name)}>
      <select
        {...controlProps(name, err(name))}
        defaultValue={values[name] ?? ""}
        key={values[name] ?? ""}
        className={inputClass}
      >
        <option value="">{t("choose")}</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </FormField>
  );
  return (
    <form
      ref={formRef}
      action={formAction}
      noValidate
      className="space-y-4 rounded-lg border border-slate-200 bg-white p-4 sm:p-6"
    >
      <FormSummary text={summary} tone={state.status === "success" ? "success" : "error"} testId="form-error" />
      {firmId && <input type="hidden" name="firmId" value={firmId} />}
      {version !== undefined && <input type="hidden" name="version" value={version} />}
      <div className="grid gap-4 sm:grid-cols-2">
        {input("name")}
        {input("legalName")}
        {input("sector")}
        {select(
          "investmentType",
          TYPES.map((v) => ({ value: v, label: t(`type_${v}`) })),
        )}
        {select(
          "regencyCode",
          regencies.map((r) => ({ value: r.code, label: r.name })),
        )}
        {input("contactName")}
        {input("contactEmail", "email")}
        {input("contactPhone", "tel")}
        {input("website", "url")}
      </div>
      <FormField id="address" label={t("address")} error={err("address")}>
        <textarea
          {...controlProps("address", err("address"))}
          rows={2}
          defaultValue={values.address ?? ""}
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
