"use client";

import { useTranslations } from "next-intl";
import { controlProps, FormField, FormSummary, inputClass } from "@/components/forms/form-field";
import { useActionForm } from "@/components/forms/use-action-form";
import { IDLE_STATE, type ActionState } from "@/lib/forms/action-state";
import { DateInput } from "@/components/forms/date-input";

type Action = (state: ActionState, form: FormData) => Promise<ActionState>;
type CaseRef = { caseId: string; version: number };

/** Error helpers shared by the three case forms (message keys of `cases.errors`). */
function useCaseForm(action: Action) {
  const t = useTranslations("cases");
  const form = useActionForm(action, IDLE_STATE);
  const { state } = form;
  const err = (field: string) => (state.fieldErrors[field] ? t(`errors.${state.fieldErrors[field]}`) : null);
  const count = Object.keys(state.fieldErrors).length;
  const summary = state.formError ? t(`errors.${state.formError}`) : count > 0 ? t("errorSummary", { count }) : null;
  return { t, ...form, values: (state.values ?? {}) as Record<string, string>, err, summary };
}

const Hidden = ({ caseId, version }: CaseRef) => (
  <>
    <input type="hidden" name="caseId" value={caseId} />
    <input type="hidden" name="expectedVersion" value={version} />
  </>
);

const primary = "rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800 disabled:opacity-60";
const secondary = "rounded border border-slate-400 px-4 py-2 font-semibold hover:bg-slate-100 disabled:opacity-60";

/** What was done on the case and what comes next. */
export function CaseStepForm({ action, ...ref }: CaseRef & { action: Action }) {
  const { t, formProps, isPending, values, err, summary } = useCaseForm(action);
  return (
    <form {...formProps} className="space-y-3" data-testid="case-step-form">
      <FormSummary text={summary} />
      <Hidden {...ref} />
      <FormField id="step-note" label={t("fieldStep")} hint={t("stepHint")} error={err("note")}>
        <textarea
          {...controlProps("step-note", err("note"), t("stepHint"))}
          name="note"
          rows={3}
          defaultValue={values.note ?? ""}
          className={inputClass}
        />
      </FormField>
      <button type="submit" disabled={isPending} className={primary}>
        {t("addStep")}
      </button>
    </form>
  );
}

/** Who works on the case and by when. */
export function CaseReassignForm({
  action,
  assignees,
  assigneeId,
  dueDate,
  ...ref
}: CaseRef & {
  action: Action;
  assignees: { id: string; label: string }[];
  assigneeId: string | null;
  dueDate: string | null;
}) {
  const { t, formProps, isPending, values, err, summary } = useCaseForm(action);
  return (
    <form {...formProps} className="space-y-3" data-testid="case-reassign-form">
      <FormSummary text={summary} />
      <Hidden {...ref} />
      <div className="grid gap-4 sm:grid-cols-2">
        <FormField id="reassign-assignee" label={t("fieldAssignee")} error={err("assigneeId")}>
          <select
            {...controlProps("reassign-assignee", err("assigneeId"))}
            name="assigneeId"
            defaultValue={values.assigneeId ?? assigneeId ?? ""}
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
        <FormField id="reassign-due" label={t("fieldDueDate")} error={err("dueDate")}>
          <DateInput
            {...controlProps("reassign-due", err("dueDate"))}
            name="dueDate"
            defaultValue={values.dueDate ?? dueDate ?? ""}
            className={inputClass}
          />
        </FormField>
      </div>
      <button type="submit" disabled={isPending} className={secondary}>
        {t("reassign")}
      </button>
    </form>
  );
}

/** Resolve with the outcome, or cancel with the reason. */
export function CaseCloseForm({ action, ...ref }: CaseRef & { action: Action }) {
  const { t, formProps, isPending, values, err, summary } = useCaseForm(action);
  return (
    <form {...formProps} className="space-y-3" data-testid="case-close-form">
      <FormSummary text={summary} />
      <Hidden {...ref} />
      <FormField id="close-outcome" label={t("fieldOutcome")} hint={t("outcomeHint")} error={err("outcome")}>
        <textarea
          {...controlProps("close-outcome", err("outcome"), t("outcomeHint"))}
          name="outcome"
          rows={2}
          defaultValue={values.outcome ?? ""}
          className={inputClass}
        />
      </FormField>
      <div className="flex flex-wrap gap-3">
        <button type="submit" name="to" value="RESOLVED" disabled={isPending} className={primary}>
          {t("resolve")}
        </button>
        <button
          type="submit"
          name="to"
          value="CANCELLED"
          disabled={isPending}
          className="rounded border border-red-700 px-4 py-2 font-semibold text-red-800 hover:bg-red-50 disabled:opacity-60"
        >
          {t("cancel")}
        </button>
      </div>
    </form>
  );
}
