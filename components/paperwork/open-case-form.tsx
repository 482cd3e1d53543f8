"use client";

import { useTranslations } from "next-intl";
import { controlProps, FormField, FormSummary, inputClass } from "@/components/forms/form-field";
import { useActionForm } from "@/components/forms/use-action-form";
import { IDLE_STATE, type ActionState } from "@/lib/forms/action-state";
import { DateInput } from "@/components/forms/date-input";

type Option = { id: string; label: string };

/**
 * Opens an assistance case for this UMKM: which document (the first missing one preselected),
 * optionally for which need, a due date and who works on it.
 */
export function OpenCaseForm({
  action,
  umkmId,
  documents,
  needs,
  assignees,
  defaultDocumentId,
}: {
  action: (state: ActionState, form: FormData) => Promise<ActionState>;
  umkmId: string;
  documents: Option[];
  needs: Option[];
  assignees: Option[];
  defaultDocumentId?: string;
}) {
  const t = useTranslations("cases");
  const { state, isPending, formProps } = useActionForm(action, IDLE_STATE);
  const values = (state.values ?? {}) as Record<string, string>;
  const err = (field: string) => (state.fieldErrors[field] ? t(`errors.${state.fieldErrors[field]}`) : null);
  const count = Object.keys(state.fieldErrors).length;
  const summary = state.formError ? t(`errors.${state.formError}`) : count > 0 ? t("errorSummary", { count }) : null;
  return (
    <form {...formProps} className="space-y-4" data-testid="open-case-form">
      <FormSummary text={summary} />
      <input type="hidden" name="umkmId" value={umkmId} />
      <div className="grid gap-4 sm:grid-cols-2">
        <FormField id="case-document" label={t("fieldDocument")} error={err("documentTypeId")}>
          <select
            {...controlProps("case-document", err("documentTypeId"))}
            name="documentTypeId"
            defaultValue={values.documentTypeId ?? defaultDocumentId ?? ""}
            className={inputClass}
          >
            {documents.map((doc) => (
              <option key={doc.id} value={doc.id}>
                {doc.label}
              </option>
            ))}
          </select>
        </FormField>
        <FormField id="case-need" label={t("fieldNeed")} hint={t("needHint")} error={err("needId")}>
          <select
            {...controlProps("case-need", err("needId"), t("needHint"))}
            name="needId"
            defaultValue={values.needId ?? ""}
            className={inputClass}
          >
            <option value="">{t("noNeed")}</option>
            {needs.map((need) => (
              <option key={need.id} value={need.id}>
                {need.label}
              </option>
            ))}
          </select>
        </FormField>
        <FormField id="case-assignee" label={t("fieldAssignee")} error={err("assigneeId")}>
          <select
            {...controlProps("case-assignee", err("assigneeId"))}
            name="assigneeId"
            defaultValue={values.assigneeId ?? ""}
            className={inputClass}
          >
            <option value="">{t("nobody")}</option>
            {assignees.map((person) => (
              <option key={person.id} value={person.id}>
                {person.label}
              </option>
            ))}
          </select>
        </FormField>
        <FormField id="case-due" label={t("fieldDueDate")} error={err("dueDate")}>
          <DateInput
            {...controlProps("case-due", err("dueDate"))}
            name="dueDate"
            defaultValue={values.dueDate ?? ""}
            className={inputClass}
          />
        </FormField>
      </div>
      <FormField id="case-note" label={t("fieldFirstNote")} error={err("note")}>
        <textarea
          {...controlProps("case-note", err("note"))}
          name="note"
          rows={2}
          defaultValue={values.note ?? ""}
          className={inputClass}
        />
      </FormField>
      <button
        type="submit"
        disabled={isPending}
        className="rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800 disabled:opacity-60"
      >
        {t("open")}
      </button>
    </form>
  );
}
