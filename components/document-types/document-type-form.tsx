"use client";

import { useTranslations } from "next-intl";
import { controlProps, FormField, FormSummary, inputClass } from "@/components/forms/form-field";
import { useActionForm } from "@/components/forms/use-action-form";
import type { DocumentTypeSummary } from "@/lib/dal/document-types";
import { IDLE_STATE, type ActionState } from "@/lib/forms/action-state";

/** The edit form shows every field of the type but its id. */
export type DocumentTypeFormValues = Omit<DocumentTypeSummary, "id">;

/** ADMIN creates or edits a document type (reference data); the version guards against overwriting a colleague's edit. */
export function DocumentTypeForm({
  action,
  initial,
  id,
  version,
}: {
  action: (state: ActionState, form: FormData) => Promise<ActionState>;
  initial: DocumentTypeFormValues | null;
  id?: string;
  version?: number;
}) {
  const t = useTranslations("documentTypes");
  const { state, isPending, formProps } = useActionForm(action, IDLE_STATE);
  const submitted = state.values as Record<string, string> | undefined;
  const text = (field: keyof DocumentTypeFormValues) => {
    if (submitted) return submitted[field] ?? "";
    const value = initial?.[field];
    return Array.isArray(value) ? value.join(", ") : value === null || value === undefined ? "" : String(value);
  };
  const checked = (field: "expires" | "isActive") =>
    submitted ? submitted[field] === "on" : (initial?.[field] ?? field === "isActive");
  const err = (field: string) => (state.fieldErrors[field] ? t(`errors.${state.fieldErrors[field]}`) : null);
  const count = Object.keys(state.fieldErrors).length;
  const summary = state.formError ? t(`errors.${state.formError}`) : count > 0 ? t("errorSummary", { count }) : null;
  const field = (
    name: keyof DocumentTypeFormValues,
    hint?: string,
    extra: React.InputHTMLAttributes<HTMLInputElement> = {},
  ) => (
    <FormField id={`dt-${name}`} label={t(`field.${name}`)} hint={hint} error={err(name)}>
      <input
        {...controlProps(`dt-${name}`, err(name), hint)}
        name={name}
        defaultValue={text(name)}
        className={inputClass}
        {...extra}
      />
    </FormField>
  );
  return (
    <form
      {...formProps}
      className="space-y-4 rounded-lg border border-slate-200 bg-white p-4 sm:p-6"
      data-testid="document-type-form"
    >
      <FormSummary text={summary} />
      {id && <input type="hidden" name="id" value={id} />}
      {version !== undefined && <input type="hidden" name="expectedVersion" value={version} />}
      <div className="grid gap-4 sm:grid-cols-2">
        {field("code", id ? t("hint.codeFixed") : t("hint.code"), { autoComplete: "off", readOnly: Boolean(id) })}
        {field("sortOrder", undefined, { type: "number", min: 0, inputMode: "numeric" })}
        {field("nameId")}
        {field("nameEn")}
        {field("issuer", t("hint.issuer"))}
        {field("kbliPrefixes", t("hint.kbliPrefixes"))}
        {field("numberPattern", t("hint.numberPattern"), { autoComplete: "off", spellCheck: false })}
        {field("validityMonths", t("hint.validityMonths"), { type: "number", min: 1, inputMode: "numeric" })}
      </div>
      <div className="flex flex-wrap gap-6">
        <label className="flex items-center gap-2 font-medium">
          <input type="checkbox" name="expires" defaultChecked={checked("expires")} className="h-5 w-5" />{" "}
          {t("field.expires")}
        </label>
        <label className="flex items-center gap-2 font-medium">
          <input type="checkbox" name="isActive" defaultChecked={checked("isActive")} className="h-5 w-5" />{" "}
          {t("field.isActive")}
        </label>
      </div>
      {(["stepsId", "stepsEn"] as const).map((name) => (
        <FormField key={name} id={`dt-${name}`} label={t(`field.${name}`)} hint={t("hint.steps")} error={err(name)}>
          <textarea
            {...controlProps(`dt-${name}`, err(name), t("hint.steps"))}
            name={name}
            rows={6}
            defaultValue={text(name)}
            className={inputClass}
          />
        </FormField>
      ))}
      <button
        type="submit"
        disabled={isPending}
        className="rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800 disabled:opacity-60"
      >
        {t("save")}
      </button>
    </form>
  );
}
