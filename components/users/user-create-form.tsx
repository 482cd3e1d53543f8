"use client";

import { useTranslations } from "next-intl";
import { controlProps, FormField, FormSummary, inputClass } from "@/components/forms/form-field";
import { AssignmentFields } from "@/components/users/assignment-fields";
import { fieldMessages, useActionForm } from "@/components/forms/use-action-form";
import { IDLE_STATE, type ActionState } from "@/lib/forms/action-state";
import type { CompanyOption, UmkmOption } from "@/lib/dal/users/user-options";

/** A new account: email, name, role with its firm/UMKM, and the initial password. */
export function UserCreateForm({
  action,
  companies,
  searchUmkm,
}: {
  action: (state: ActionState, formData: FormData) => Promise<ActionState>;
  companies: CompanyOption[];
  searchUmkm: (term: string) => Promise<UmkmOption[]>;
}) {
  const t = useTranslations("userAdmin");
  const tv = useTranslations("userValidation");
  const { state, isPending, formProps } = useActionForm(action, IDLE_STATE as ActionState);
  const { err, formKey, hasErrors } = fieldMessages(state, tv);
  const summary = formKey ? tv(formKey) : hasErrors ? tv("summary") : null;
  const value = (field: string) => String(state.values?.[field] ?? "");
  return (
    <form
      {...formProps}
      className="space-y-4 rounded-lg border border-slate-200 bg-white p-4 sm:p-6"
      data-testid="user-create-form"
    >
      <FormSummary text={summary} testId="form-error" />
      <FormField id="email" label={t("email")} error={err("email")}>
        <input
          {...controlProps("email", err("email"))}
          type="email"
          autoComplete="off"
          defaultValue={value("email")}
          className={inputClass}
        />
      </FormField>
      <FormField id="name" label={t("name")} error={err("name")}>
        <input
          {...controlProps("name", err("name"))}
          type="text"
          autoComplete="off"
          defaultValue={value("name")}
          className={inputClass}
        />
      </FormField>
      <AssignmentFields
        companies={companies}
        searchUmkm={searchUmkm}
        initial={{ role: value("role"), companyId: value("companyId"), umkm: null }}
        errors={{ role: err("role"), companyId: err("companyId"), umkmId: err("umkmId") }}
      />
      <FormField id="password" label={t("initialPassword")} hint={t("passwordHint")} error={err("password")}>
        <input
          {...controlProps("password", err("password"), t("passwordHint"))}
          type="text"
          autoComplete="new-password"
          spellCheck={false}
          className={inputClass}
        />
      </FormField>
      <button
        type="submit"
        disabled={isPending}
        className="rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800 disabled:opacity-60"
      >
        {isPending ? t("saving") : t("create")}
      </button>
    </form>
  );
}
