"use client";

import { useTranslations } from "next-intl";
import { FormSummary } from "@/components/forms/form-field";
import { useActionForm } from "@/components/forms/use-action-form";
import { IDLE_STATE, type ActionState } from "@/lib/forms/action-state";

/**
 * The account's sign-in lock (too many failed sign-ins): when it ends, and a button that lifts
 * it. `lockedUntil` is already formatted for the reader; null when the account is not locked.
 */
export function AccountLockForm({
  action,
  userId,
  lockedUntil,
}: {
  action: (state: ActionState, formData: FormData) => Promise<ActionState>;
  userId: string;
  lockedUntil: string | null;
}) {
  const t = useTranslations("userAdmin");
  const tv = useTranslations("userValidation");
  const { state, isPending, formProps } = useActionForm(action, IDLE_STATE as ActionState);
  const errorKey = state.formError;
  const message = errorKey ? tv(errorKey) : state.status === "success" ? t("unlocked") : null;
  return (
    <form {...formProps} className="space-y-3" data-testid="account-lock-form">
      <p data-testid="account-lock-status">{lockedUntil ? t("lockedUntil", { time: lockedUntil }) : t("notLocked")}</p>
      <FormSummary text={message} tone={errorKey ? "error" : "success"} testId="lock-message" />
      <input type="hidden" name="id" value={userId} />
      {lockedUntil && (
        <button
          type="submit"
          disabled={isPending}
          className="rounded bg-brand-700 px-4 py-2 font-semibold text-white disabled:opacity-60"
        >
          {t("unlock")}
        </button>
      )}
    </form>
  );
}
