import type { ActionState } from "@/lib/forms/action-state";

/**
 * The live-summary text of a match form and a per-field message lookup. Errors are keys of
 * `matching.errors`; `translate` is the form's `useTranslations("matching")`.
 */
export function matchFormMessages(
  state: ActionState,
  translate: (key: string, values?: Record<string, number>) => string,
) {
  const err = (field: string) => (state.fieldErrors[field] ? translate(`errors.${state.fieldErrors[field]}`) : null);
  const count = Object.keys(state.fieldErrors).length;
  const summary =
    state.status === "success"
      ? translate("done")
      : state.formError
        ? translate(`errors.${state.formError}`)
        : count > 0
          ? translate("errors.errorSummary", { count })
          : null;
  return { err, summary, tone: state.status === "success" ? ("success" as const) : ("error" as const) };
}
