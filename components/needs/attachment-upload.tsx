"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { controlProps, FormField, FormSummary } from "@/components/forms/form-field";
import { ATTACHMENT_ACCEPT, MAX_ATTACHMENT_MB } from "@/lib/domain/attachments";
import { IDLE_STATE, type ActionState } from "@/lib/forms/action-state";

/** Upload field for a need's attachments; the limit is stated, the server checks the bytes. */
export function AttachmentUpload({
  action,
  needId,
}: {
  action: (state: ActionState, form: FormData) => Promise<ActionState>;
  needId: string;
}) {
  const t = useTranslations("needs");
  const tv = useTranslations("needValidation");
  const [state, formAction, isPending] = useActionState(action, IDLE_STATE);
  const error = state.fieldErrors.file ? tv(state.fieldErrors.file) : state.formError ? tv(state.formError) : null;
  const hint = t("attachmentHint", { mb: MAX_ATTACHMENT_MB });
  return (
    <form action={formAction} className="space-y-2">
      <FormSummary
        text={state.status === "success" ? t("attachmentUploaded") : null}
        tone="success"
        testId="attachment-status"
      />
      <input type="hidden" name="needId" value={needId} />
      <FormField id="file" label={t("attachmentFile")} hint={hint} error={error}>
        <input
          {...controlProps("file", error, hint)}
          type="file"
          accept={ATTACHMENT_ACCEPT}
          className="mt-1 block w-full text-sm"
        />
      </FormField>
      <button
        type="submit"
        disabled={isPending}
        className="rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800 disabled:opacity-60"
      >
        {t("attachmentSubmit")}
      </button>
    </form>
  );
}
