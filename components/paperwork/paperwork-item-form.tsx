"use client";

import { useTranslations } from "next-intl";
import { controlProps, FormField, FormSummary, inputClass } from "@/components/forms/form-field";
import { useActionForm } from "@/components/forms/use-action-form";
import { MAX_SCAN_MB, SCAN_ACCEPT } from "@/lib/domain/paperwork-scan";
import { IDLE_STATE, type ActionState } from "@/lib/forms/action-state";
import type { PaperworkStatus } from "@/lib/generated/prisma/enums";
import { DateInput } from "@/components/forms/date-input";

export type PaperworkFormItem = {
  status: PaperworkStatus;
  number: string | null;
  issuer: string | null;
  issuedOn: string | null;
  expiresOn: string | null;
  assistingOfficerId: string | null;
  notes: string | null;
  scanFileName: string | null;
  version: number;
};

/**
 * An office records one document's progress for one UMKM: the next status (only those the
 * lifecycle allows are offered), number, issuer, dates, assisting officer, notes and an
 * optional scan. Field errors come back from the server next to their fields.
 */
export function PaperworkItemForm({
  action,
  umkmId,
  documentType,
  item,
  choices,
  officers,
}: {
  action: (state: ActionState, form: FormData) => Promise<ActionState>;
  umkmId: string;
  documentType: {
    id: string;
    code: string;
    name: string;
    expires: boolean;
    validityMonths: number | null;
    numberPattern: string | null;
  };
  item: PaperworkFormItem | null;
  choices: PaperworkStatus[];
  officers: { id: string; name: string }[];
}) {
  const t = useTranslations("paperwork");
  const { state, isPending, formProps } = useActionForm(action, IDLE_STATE);
  const values = (state.values ?? {}) as Record<string, string>;
  const value = (field: keyof PaperworkFormItem) => values[field] ?? (item?.[field] as string | null | undefined) ?? "";
  const err = (field: string) => (state.fieldErrors[field] ? t(`errors.${state.fieldErrors[field]}`) : null);
  const count = Object.keys(state.fieldErrors).length;
  const summary = state.formError ? t(`errors.${state.formError}`) : count > 0 ? t("errorSummary", { count }) : null;
  const p = `pw-${documentType.code.toLowerCase()}`;
  const id = (field: string) => `${p}-${field}`;
  const numberHint =
    documentType.code === "NIB" ? t("numberHintNib") : documentType.numberPattern ? t("numberHintPattern") : null;
  const expiryHint = documentType.expires
    ? documentType.validityMonths
      ? t("expiresHintDefault", { months: documentType.validityMonths })
      : t("expiresHintRequired")
    : t("expiresHintNever");
  const scanHint =
    t("scanHint", { mb: MAX_SCAN_MB }) +
    (item?.scanFileName ? ` ${t("scanCurrent", { name: item.scanFileName })}` : "");
  return (
    <form {...formProps} className="space-y-4" data-testid={`paperwork-form-${documentType.code}`}>
      <FormSummary text={summary} />
      <input type="hidden" name="umkmId" value={umkmId} />
      <input type="hidden" name="documentTypeId" value={documentType.id} />
      <input type="hidden" name="expectedVersion" value={item?.version ?? 0} />
      <div className="grid gap-4 sm:grid-cols-2">
        <FormField id={id("status")} label={t("fieldStatus")} error={err("status")}>
          <select
            {...controlProps(id("status"), err("status"))}
            name="status"
            defaultValue={value("status") || "NOT_STARTED"}
            className={inputClass}
          >
            {choices.map((status) => (
              <option key={status} value={status}>
                {t(`status.${status}`)}
              </option>
            ))}
          </select>
        </FormField>
        <FormField id={id("number")} label={t("fieldNumber")} hint={numberHint} error={err("number")}>
          <input
            {...controlProps(id("number"), err("number"), numberHint)}
            name="number"
            defaultValue={value("number")}
            className={inputClass}
            inputMode={documentType.code === "NIB" ? "numeric" : undefined}
            autoComplete="off"
          />
        </FormField>
        <FormField id={id("issuer")} label={t("fieldIssuer")} error={err("issuer")}>
          <input
            {...controlProps(id("issuer"), err("issuer"))}
            name="issuer"
            defaultValue={value("issuer")}
            className={inputClass}
          />
        </FormField>
        <FormField id={id("assistingOfficerId")} label={t("fieldOfficer")} error={err("assistingOfficerId")}>
          <select
            {...controlProps(id("assistingOfficerId"), err("assistingOfficerId"))}
            name="assistingOfficerId"
            defaultValue={value("assistingOfficerId")}
            className={inputClass}
          >
            <option value="">{t("noOfficer")}</option>
            {officers.map((officer) => (
              <option key={officer.id} value={officer.id}>
                {officer.name}
              </option>
            ))}
          </select>
        </FormField>
        <FormField id={id("issuedOn")} label={t("fieldIssuedOn")} error={err("issuedOn")}>
          <DateInput
            {...controlProps(id("issuedOn"), err("issuedOn"))}
            name="issuedOn"
            defaultValue={value("issuedOn")}
            className={inputClass}
          />
        </FormField>
        <FormField id={id("expiresOn")} label={t("fieldExpiresOn")} hint={expiryHint} error={err("expiresOn")}>
          <DateInput
            {...controlProps(id("expiresOn"), err("expiresOn"), expiryHint)}
            name="expiresOn"
            defaultValue={value("expiresOn")}
            className={inputClass}
          />
        </FormField>
      </div>
      <FormField id={id("notes")} label={t("fieldNotes")} error={err("notes")}>
        <textarea
          {...controlProps(id("notes"), err("notes"))}
          name="notes"
          rows={2}
          defaultValue={value("notes")}
          className={inputClass}
        />
      </FormField>
      <FormField
        id={id("changeNote")}
        label={t("fieldChangeNote")}
        hint={t("changeNoteHint")}
        error={err("changeNote")}
      >
        <input
          {...controlProps(id("changeNote"), err("changeNote"), t("changeNoteHint"))}
          name="changeNote"
          defaultValue={values.changeNote ?? ""}
          className={inputClass}
        />
      </FormField>
      <FormField id={id("scan")} label={t("fieldScan")} hint={scanHint} error={err("scan")}>
        <input
          {...controlProps(id("scan"), err("scan"), scanHint)}
          name="scan"
          type="file"
          accept={SCAN_ACCEPT}
          className="mt-1 block w-full text-sm"
        />
      </FormField>
      <button
        type="submit"
        disabled={isPending}
        className="rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800 disabled:opacity-60"
      >
        {t("save", { name: documentType.name })}
      </button>
    </form>
  );
}
