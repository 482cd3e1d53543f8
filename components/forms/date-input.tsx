import { useTranslations } from "next-intl";
import { enteredDateOf } from "@/lib/validation/dates";
import { inputClass } from "./form-field";

/**
 * The one date entry of the portal's forms: a text field in `dd/mm/yyyy` whatever the browser's
 * language (a native date picker shows mm/dd/yyyy in an English browser), `inputmode="numeric"`
 * for phone keyboards, and a visible format hint ("hh/bb/tttt") read with the field. The server
 * parses it with `enteredDate` (lib/validation/dates.ts) into the ISO date the data layer expects;
 * an ISO `defaultValue` is shown as dd/mm/yyyy, a refused entry as it was typed.
 */
export function DateInput({
  defaultValue,
  className = inputClass,
  ...props
}: Omit<React.InputHTMLAttributes<HTMLInputElement>, "type" | "defaultValue"> & {
  id: string;
  defaultValue?: string | null;
}) {
  const t = useTranslations("forms");
  const formatId = `${props.id}-format`;
  const describedBy = [props["aria-describedby"], formatId].filter(Boolean).join(" ");
  return (
    <>
      <input
        {...props}
        type="text"
        inputMode="numeric"
        autoComplete="off"
        maxLength={10}
        defaultValue={defaultValue ? enteredDateOf(defaultValue) : undefined}
        aria-describedby={describedBy}
        className={`${className} max-w-48`}
      />
      <p id={formatId} className="mt-1 text-sm text-slate-600">
        {t("dateFormat")}
      </p>
    </>
  );
}
