"use client";

import { useTranslations } from "next-intl";
import { FormSummary } from "@/components/forms/form-field";
import { useActionForm } from "@/components/forms/use-action-form";
import { IDLE_STATE, type ActionState } from "@/lib/forms/action-state";

/** Disable or re-enable an account (one button; the server refuses an admin disabling themselves). */
export function UserStatusForm({
  action,
  userId,
  isActive,
}: {
  action: (state: ActionState, formData: FormData) => Promise<ActionState>;
  userId: string;
  isActive: boolean;
}) {
  const t = useTranslations("userAdmin");
  const tv = useTranslations("userValidation");
  const { state, isPending, formProps } = useActionForm(action, IDLE_STATE as ActionState);
  const errorKey = state.formError;
  const message = errorKey
    ? tv(errorKey)
    : state.status === "success"
      ? t(isActive ? "enabledDone" : "disabledDone")
      : null;
  return (
    <form {...formProps} className="space-y-3" data-testid="user-status-form">
      <p>{isActive ? t("statusActive") : t("statusDisabled")}</p>
      <FormSummary text={message} tone={errorKey ? "error" : "success"} testId="status-message" />
      <input type="hidden" name="id" value={userId} />
      <input type="hidden" name="active" value={isActive ? "false" : "true"} />
      <button
        type="submit"
        disabled={isPending}
        className={
          isActive
            ? "rounded border border-red-800 px-4 py-2 font-semibold text-red-800 disabled:opacity-60"
            : "rounded bg-brand-700 px-4 py-2 font-semibold text-white disabled:opacity-60"
        }
      >
        {isActive ? t("disable") : t("enable")}
      </button>
    </form>
  );
}
