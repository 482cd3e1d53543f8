"use client";

import { useTranslations } from "next-intl";
import { controlProps, FormField, FormSummary, inputClass } from "@/components/forms/form-field";
import { KbliPicker, type KbliPickerOption } from "@/components/forms/kbli-picker";
import { RegionFields } from "@/components/umkm/region-fields";
import type { RegionOptions } from "@/components/umkm/region-options";
import { useActionForm } from "@/components/forms/use-action-form";
import { IDLE_STATE, type ActionState } from "@/lib/forms/action-state";

type Field = { name: string; type?: string; hint?: boolean; inputMode?: "numeric" | "tel" | "email" };

const BUSINESS: Field[] = [
  { name: "businessName" },
  { name: "nib", hint: true, inputMode: "numeric" },
  { name: "npwp", hint: true },
];
const OWNER: Field[] = [
  { name: "ownerName" },
  { name: "phone", type: "tel", hint: true, inputMode: "tel" },
  { name: "email", type: "email", inputMode: "email" },
  { name: "address" },
];
const MONEY: Field[] = [
  { name: "capitalRp", hint: true, inputMode: "numeric" },
  { name: "annualSalesRp", hint: true, inputMode: "numeric" },
  { name: "employees", inputMode: "numeric" },
  { name: "yearEstablished", inputMode: "numeric" },
  { name: "capacity", hint: true, inputMode: "numeric" },
];
const HINT_KEY: Record<string, string> = {
  nib: "nibHint",
  npwp: "npwpHint",
  kbliCodes: "kbliHint",
  phone: "phoneHint",
  capitalRp: "moneyHint",
  annualSalesRp: "moneyHint",
  capacity: "capacityHint",
};

/** Create/edit form of an UMKM profile (offices); validated on the server with umkmInputSchema. */
export function UmkmForm({
  action,
  initial,
  regions,
  kbliOptions,
  umkmId,
  version,
}: {
  action: (state: ActionState, form: FormData) => Promise<ActionState>;
  initial: Record<string, string>;
  regions: RegionOptions;
  /** The KBLI codes and names for the picker (the need form's picker: one component). */
  kbliOptions: KbliPickerOption[];
  umkmId?: string;
  version?: number;
}) {
  const t = useTranslations("umkmForm");
  const { state, isPending, formProps } = useActionForm(action, IDLE_STATE);
  const values = (state.values as Record<string, string> | undefined) ?? initial;
  const err = (name: string) => (state.fieldErrors[name] ? t(`errors.${state.fieldErrors[name]}`) : null);
  const count = Object.keys(state.fieldErrors).length;
  const summary = state.formError
    ? t(state.formError === "invalid" ? "errors.invalid" : state.formError)
    : count > 0
      ? t("errorSummary", { count })
      : null;
  const input = ({ name, type = "text", hint, inputMode }: Field) => {
    const hintText = hint ? t(HINT_KEY[name]!) : null;
    return (
      <FormField key={name} id={name} label={t(name)} hint={hintText} error={err(name)}>
        <input
          {...controlProps(name, err(name), hintText)}
          type={type}
          inputMode={inputMode}
          defaultValue={values[name] ?? ""}
          className={inputClass}
        />
      </FormField>
    );
  };
  return (
    <form {...formProps} className="space-y-6 rounded-lg border border-slate-200 bg-white p-4 sm:p-6">
      <FormSummary text={summary} testId="form-error" />
      {umkmId && <input type="hidden" name="umkmId" value={umkmId} />}
      {version !== undefined && <input type="hidden" name="version" value={version} />}
      <fieldset className="grid gap-4 sm:grid-cols-2">
        <legend className="mb-2 text-lg font-semibold">{t("sectionBusiness")}</legend>
        {BUSINESS.map(input)}
        <KbliPicker
          label={t("kbliCodes")}
          hint={t("kbliHint")}
          error={err("kbliCodes")}
          defaultValue={values.kbliCodes ?? ""}
          options={kbliOptions}
        />
        <FormField id="productsText" label={t("productsText")} error={err("productsText")} className="sm:col-span-2">
          <textarea
            {...controlProps("productsText", err("productsText"))}
            rows={3}
            defaultValue={values.productsText ?? ""}
            className={inputClass}
          />
        </FormField>
      </fieldset>
      <fieldset className="grid gap-4 sm:grid-cols-2">
        <legend className="mb-2 text-lg font-semibold">{t("sectionOwner")}</legend>
        {OWNER.map(input)}
      </fieldset>
      <fieldset className="grid gap-4 sm:grid-cols-2">
        <legend className="mb-2 text-lg font-semibold">{t("sectionLocation")}</legend>
        <RegionFields regions={regions} values={values} errors={err} />
      </fieldset>
      <fieldset className="grid gap-4 sm:grid-cols-2">
        <legend className="mb-2 text-lg font-semibold">{t("sectionMoney")}</legend>
        {MONEY.map(input)}
        <FormField id="isActive" label={t("isActive")} error={err("isActive")}>
          <select
            {...controlProps("isActive", err("isActive"))}
            defaultValue={values.isActive ?? "true"}
            className={inputClass}
          >
            <option value="true">{t("active")}</option>
            <option value="false">{t("inactive")}</option>
          </select>
        </FormField>
      </fieldset>
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
