"use client";

import { startTransition, useActionState } from "react";

/**
 * useActionState without React's automatic form reset: a refused submission keeps what was
 * typed and selected (a reset would put selects back to their first render and lose the
 * user's work). Before hydration the form still posts to the action (`action`).
 */
export function useActionForm<State>(action: (state: Awaited<State>, formData: FormData) => State | Promise<State>, initial: Awaited<State>) {
  const [state, dispatch, isPending] = useActionState(action, initial);
  function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const formData = new FormData(event.currentTarget, (event.nativeEvent as SubmitEvent).submitter);
    startTransition(() => dispatch(formData));
  }
  return { state, isPending, formProps: { action: dispatch, onSubmit, noValidate: true } };
}
