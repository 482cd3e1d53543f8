"use client";

import { useTranslations } from "next-intl";
import { FormField, FormSummary, inputClass } from "@/components/forms/form-field";
import { useActionForm } from "@/components/forms/use-action-form";
import { IDLE_STATE, type ActionState } from "@/lib/forms/action-state";
import { PolaKemitraan } from "@/lib/generated/prisma/enums";
import { matchFormMessages } from "./form-messages";
import { DateInput } from "@/components/forms/date-input";

const PATTERNS = Object.values(PolaKemitraan);

/** Records the signed agreement of an ACCEPTED match: pola kemitraan, value, period, signing date. */
export function AgreementForm({
  action,
  matchId,
  version,
  returnTo,
  defaults,
}: {
  action: (state: ActionState, form: FormData) => Promise<ActionState>;
  matchId: string;
  version: number;
  returnTo: string;
  defaults: { startDate: string; endDate: string; signedAt: string };
}) {
  const t = useTranslations("matching");
  const { state, isPending, formProps } = useActionForm(action, IDLE_STATE);
  const { err, summary, tone } = matchFormMessages(state, t);
  const value = (name: string, fallback = "") => (state.values?.[name] as string | undefined) ?? fallback;
  const id = (name: string) => `${name}-${matchId}`;
  const control = (name: string, hint?: boolean) => {
    const error = err(name);
    const describedBy = [hint ? `${id(name)}-hint` : null, error ? `${id(name)}-error` : null]
      .filter(Boolean)
      .join(" ");
    return {
      id: id(name),
      name,
      "aria-invalid": error ? true : undefined,
      "aria-describedby": describedBy || undefined,
      className: inputClass,
    } as const;
  };
  return (
    <form
      {...formProps}
      className="space-y-3 rounded-lg border border-slate-200 bg-slate-50 p-4"
      aria-labelledby={`agreement-${matchId}`}
      data-testid="agreement-form"
    >
      <h3 id={`agreement-${matchId}`} className="font-semibold">
        {t("agreementForm.heading")}
      </h3>
      <FormSummary text={summary} tone={tone} testId="agreement-status" />
      <input type="hidden" name="matchId" value={matchId} />
      <input type="hidden" name="expectedVersion" value={version} />
      <input type="hidden" name="returnTo" value={returnTo} />
      <FormField id={id("pattern")} label={t("agreementForm.pattern")} error={err("pattern")}>
        <select {...control("pattern")} defaultValue={value("pattern")}>
          <option value="">{t("agreementForm.patternPlaceholder")}</option>
          {PATTERNS.map((p) => (
            <option key={p} value={p}>
              {t(`pattern.${p}`)}
            </option>
          ))}
        </select>
      </FormField>
      <FormField
        id={id("valueRp")}
        label={t("agreementForm.value")}
        hint={t("agreementForm.valueHint")}
        error={err("valueRp")}
      >
        <input {...control("valueRp", true)} inputMode="numeric" autoComplete="off" defaultValue={value("valueRp")} />
      </FormField>
      <div className="grid gap-3 sm:grid-cols-3">
        <FormField id={id("startDate")} label={t("agreementForm.startDate")} error={err("startDate")}>
          <DateInput {...control("startDate")} defaultValue={value("startDate", defaults.startDate)} />
        </FormField>
        <FormField id={id("endDate")} label={t("agreementForm.endDate")} error={err("endDate")}>
          <DateInput {...control("endDate")} defaultValue={value("endDate", defaults.endDate)} />
        </FormField>
        <FormField id={id("signedAt")} label={t("agreementForm.signedAt")} error={err("signedAt")}>
          <DateInput {...control("signedAt")} defaultValue={value("signedAt", defaults.signedAt)} />
        </FormField>
      </div>
      <button
        type="submit"
        disabled={isPending}
        className="rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800 disabled:opacity-60"
      >
        {t("agreementForm.submit")}
      </button>
    </form>
  );
}
