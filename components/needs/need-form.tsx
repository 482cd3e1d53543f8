"use client";

import Link from "next/link";
import { useActionState, useEffect, useRef } from "react";
import { useTranslations } from "next-intl";
import { KbliPicker } from "@/components/forms/kbli-picker";
import { controlProps, FormField, FormSummary, inputClass } from "@/components/forms/form-field";
import { IDLE_STATE, type ActionState } from "@/lib/forms/action-state";
import type { DocumentTypeOption, KbliOption, RegencyOption } from "@/lib/dal/reference-options";
import { DateInput } from "@/components/forms/date-input";

const FREQUENCIES = ["ONE_OFF", "DAILY", "WEEKLY", "MONTHLY", "QUARTERLY", "YEARLY"] as const;
const SCALES = ["MIKRO", "KECIL", "MENENGAH", "BESAR"] as const;

export type NeedFormProps = {
  action: (state: ActionState, form: FormData) => Promise<ActionState>;
  initial: Record<string, string | string[]>;
  needId?: string;
  version?: number;
  firms: { id: string; name: string }[] | null;
  regencies: RegencyOption[];
  documentTypes: DocumentTypeOption[];
  kbliOptions: KbliOption[];
  locale: string;
  cancelHref: string;
};

/**
 * The supply-need form (create and edit). The server validates with needInputSchema and
 * answers field errors as message keys; each is shown next to its field and counted in the
 * live summary. After an error the submitted values are shown again.
 */
export function NeedForm(props: NeedFormProps) {
  const t = useTranslations("needForm");
  const tv = useTranslations("needValidation");
  const tn = useTranslations("needs");
  const ts = useTranslations("scale");
  const formRef = useRef<HTMLFormElement>(null);
  const [state, formAction, isPending] = useActionState(props.action, IDLE_STATE);
  // After a refused submission, keyboard and screen-reader users land on the error summary (its links
  // lead to each refused field), as with useActionForm; the first invalid field if there is none.
  useEffect(() => {
    if (state.status !== "error") return;
    const target =
      formRef.current?.querySelector<HTMLElement>("[data-error-summary]") ??
      formRef.current?.querySelector<HTMLElement>("[aria-invalid='true']");
    target?.focus();
  }, [state]);
  const values = state.values ?? props.initial;
  const value = (name: string) => String(values[name] ?? "");
  const err = (name: string) => (state.fieldErrors[name] ? tv(state.fieldErrors[name]) : null);
  const count = Object.keys(state.fieldErrors).length;
  const summary = state.formError ? tv(state.formError) : count > 0 ? t("errorSummary", { count }) : null;
  const docs = new Set([values.documentCodes ?? []].flat());
  const text = (name: string, type = "text", hint?: string, extra: Record<string, unknown> = {}) => (
    <FormField id={name} label={t(name)} hint={hint} error={err(name)}>
      <input
        {...controlProps(name, err(name), hint)}
        type={type}
        defaultValue={value(name)}
        className={inputClass}
        {...extra}
      />
    </FormField>
  );
  const date = (name: string, hint?: string) => (
    <FormField id={name} label={t(name)} hint={hint} error={err(name)}>
      <DateInput {...controlProps(name, err(name), hint)} defaultValue={value(name)} />
    </FormField>
  );
  const select = (name: string, options: { value: string; label: string }[], hint?: string) => (
    <FormField id={name} label={t(name)} hint={hint} error={err(name)}>
      <select
        {...controlProps(name, err(name), hint)}
        defaultValue={value(name)}
        key={value(name)}
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
      data-testid="need-form"
    >
      <FormSummary text={summary} testId="form-error" />
      {props.needId && <input type="hidden" name="needId" value={props.needId} />}
      {props.version !== undefined && <input type="hidden" name="version" value={props.version} />}
      {props.firms &&
        select(
          "companyId",
          props.firms.map((f) => ({ value: f.id, label: f.name })),
          t("firmHint"),
        )}
      {text("title", "text", undefined, { required: true, maxLength: 200 })}
      <FormField id="description" label={t("description")} error={err("description")}>
        <textarea
          {...controlProps("description", err("description"))}
          rows={6}
          defaultValue={value("description")}
          className={inputClass}
        />
      </FormField>
      <KbliPicker
        label={t("kbliCodes")}
        hint={t("kbliHint")}
        error={err("kbliCodes")}
        defaultValue={value("kbliCodes")}
        options={props.kbliOptions}
      />
      {select(
        "deliveryRegencyCode",
        props.regencies.map((r) => ({ value: r.code, label: r.name })),
      )}
      <div className="grid gap-4 sm:grid-cols-3">
        {text("quantity", "text", undefined, { inputMode: "decimal" })}
        {text("unit", "text", t("unitHint"))}
        {select(
          "frequency",
          FREQUENCIES.map((f) => ({ value: f, label: tn(`frequency_${f}`) })),
        )}
      </div>
      {text("estimatedValueRp", "text", t("valueHint"), { inputMode: "numeric" })}
      <div className="grid gap-4 sm:grid-cols-3">
        {date("periodStart")}
        {date("periodEnd")}
        {date("responseDeadline", t("deadlineHint"))}
      </div>
      <div className="grid gap-4 sm:grid-cols-3">
        {text("slots", "number", undefined, { min: 1, step: 1 })}
        {select(
          "minScale",
          SCALES.map((s) => ({ value: s, label: ts(s) })),
        )}
        {select(
          "maxScale",
          SCALES.map((s) => ({ value: s, label: ts(s) })),
        )}
      </div>
      <fieldset aria-describedby={err("documentCodes") ? "documentCodes-error" : undefined}>
        <legend className="font-medium">{t("documentCodes")}</legend>
        <div className="mt-1 grid gap-1 sm:grid-cols-2">
          {props.documentTypes.map((d) => (
            <label key={d.code} className="flex items-start gap-2">
              <input
                type="checkbox"
                name="documentCodes"
                value={d.code}
                defaultChecked={docs.has(d.code)}
                key={`${d.code}-${docs.has(d.code)}`}
                className="mt-1"
              />
              <span>{props.locale === "en" ? d.nameEn : d.nameId}</span>
            </label>
          ))}
        </div>
        {err("documentCodes") && (
          <p id="documentCodes-error" className="mt-1 text-sm font-medium text-red-800">
            {err("documentCodes")}
          </p>
        )}
      </fieldset>
      <div className="flex flex-wrap gap-3">
        <button
          type="submit"
          disabled={isPending}
          className="rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800 disabled:opacity-60"
        >
          {isPending ? t("saving") : t("save")}
        </button>
        <Link href={props.cancelHref} className="px-4 py-2 text-brand-700 underline">
          {t("cancel")}
        </Link>
      </div>
    </form>
  );
}
