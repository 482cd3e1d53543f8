"use client";

import { startTransition, useActionState, useEffect, useRef } from "react";

/**
 * useActionState without React's automatic form reset: a refused submission keeps what was
 * typed and selected (a reset would put selects back to their first render and lose the
 * user's work). Before hydration the form still posts to the action (`action`). After a
 * refused submission the focus moves to the form's error summary when it lists the refused
 * fields (FormSummary with `errors`, GOV.UK pattern: its links lead to each field), otherwise to
 * the first invalid field, so keyboard and screen-reader users land on the problem (form-level
 * errors are announced by the live summary).
 */
export function useActionForm<State extends { status: string }>(
  action: (state: Awaited<State>, formData: FormData) => State | Promise<State>,
  initial: Awaited<State>,
) {
  const [state, dispatch, isPending] = useActionState(action, initial);
  const ref = useRef<HTMLFormElement>(null);
  useEffect(() => {
    if (state.status !== "error") return;
    const target =
      ref.current?.querySelector<HTMLElement>("[data-error-summary]") ??
      ref.current?.querySelector<HTMLElement>('[aria-invalid="true"]');
    target?.focus();
  }, [state]);
  function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const formData = new FormData(event.currentTarget, (event.nativeEvent as SubmitEvent).submitter);
    startTransition(() => dispatch(formData));
  }
  return { state, isPending, formProps: { ref, action: dispatch, onSubmit, noValidate: true } };
}

/**
 * The translated message of each field's error key (`err(field)`, null when valid) and the
 * form-level key, from an action state (lib/forms/action-state.ts).
 */
export function fieldMessages(
  state: { fieldErrors: Record<string, string>; formError: string | null },
  translate: (key: string) => string,
) {
  const err = (field: string) => {
    const key = state.fieldErrors[field];
    return key ? translate(key) : null;
  };
  return {
    err,
    formKey: state.formError ?? undefined,
    hasErrors: Object.keys(state.fieldErrors).length > 0 || state.formError !== null,
  };
}

/**
 * The error summary's entries (FormSummary `errors`): one link per refused field in `labels`
 * order, named by the field's label and pointing at its id (the message itself stays next to
 * the field, read with it through aria-describedby); a refused field without a label is named
 * by its message.
 */
export function summaryErrors(
  state: { fieldErrors: Record<string, string> },
  translate: (key: string) => string,
  labels: Record<string, string>,
): { id: string; text: string }[] {
  const fields = [...Object.keys(labels), ...Object.keys(state.fieldErrors).filter((field) => !(field in labels))];
  return fields
    .filter((field) => state.fieldErrors[field])
    .map((field) => ({ id: field, text: labels[field] ?? translate(state.fieldErrors[field]!) }));
}
