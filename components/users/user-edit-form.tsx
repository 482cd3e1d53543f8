"use client";

import { useTranslations } from "next-intl";
import { controlProps, FormField, FormSummary, inputClass } from "@/components/forms/form-field";
import { AssignmentFields } from "@/components/users/assignment-fields";
import { fieldMessages, useActionForm } from "@/components/forms/use-action-form";
import { IDLE_STATE, type ActionState } from "@/lib/forms/action-state";
import type { CompanyOption, UmkmOption } from "@/lib/dal/users/user-options";

export type EditableUser = {
  id: string;
  name: string;
  role: string;
  companyId: string | null;
  umkm: { id: string; label: string } | null;
  version: number;
};

/**
 * Name, role and firm/UMKM of an account. The version it was loaded with goes along, so a save
 * over someone else's newer change is refused with a plain message instead of overwriting it.
 */
export function UserEditForm({
  action,
  user,
  companies,
  searchUmkm,
}: {
  action: (state: ActionState, formData: FormData) => Promise<ActionState>;
  user: EditableUser;
  companies: CompanyOption[];
  searchUmkm: (term: string) => Promise<UmkmOption[]>;
}) {
  const t = useTranslations("userAdmin");
  const tv = useTranslations("userValidation");
  const { state, isPending, formProps } = useActionForm(action, IDLE_STATE as ActionState);
  const { err, formKey, hasErrors } = fieldMessages(state, tv);
  const summary = formKey ? tv(formKey) : hasErrors ? tv("summary") : null;
  return (
    <form {...formProps} className="space-y-4" data-testid="user-edit-form">
      <FormSummary
        text={state.status === "success" ? t("saved") : summary}
        tone={state.status === "success" ? "success" : "error"}
        testId="edit-status"
      />
      <input type="hidden" name="id" value={user.id} />
      <input type="hidden" name="version" value={user.version} />
      <FormField id="name" label={t("name")} error={err("name")}>
        <input
          {...controlProps("name", err("name"))}
          type="text"
          autoComplete="off"
          defaultValue={user.name}
          className={inputClass}
        />
      </FormField>
      <AssignmentFields
        companies={companies}
        searchUmkm={searchUmkm}
        initial={{ role: user.role, companyId: user.companyId ?? "", umkm: user.umkm }}
        errors={{ role: err("role"), companyId: err("companyId"), umkmId: err("umkmId") }}
      />
      <p className="text-sm text-slate-600">{t("sessionsNote")}</p>
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
