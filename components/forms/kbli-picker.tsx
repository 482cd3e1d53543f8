"use client";

import { useMemo, useState } from "react";
import { useTranslations } from "next-intl";
import { controlProps, FormField, inputClass } from "@/components/forms/form-field";

/** A KBLI code and its title in the reader's language (lib/dal/reference-options.ts listKbliOptions). */
export type KbliPickerOption = { code: string; title: string };

/**
 * The one KBLI picker of the portal (the need form and the UMKM form): a text field for one or
 * more 5-digit codes separated by commas or spaces, suggestions with their names (a datalist:
 * typing a word of the name finds the code in browsers that match the label), and under the
 * field the name of every code typed so far, so a wrong code shows at once. Submits the text
 * as `name`; the server validates the codes against the reference data.
 */
export function KbliPicker({
  name = "kbliCodes",
  label,
  hint,
  error,
  defaultValue,
  options,
  className,
}: {
  name?: string;
  label: string;
  hint?: string | null;
  error?: string | null;
  defaultValue: string;
  options: KbliPickerOption[];
  className?: string;
}) {
  const t = useTranslations("lists");
  const [typed, setTyped] = useState(defaultValue);
  const titles = useMemo(() => new Map(options.map((o) => [o.code, o.title])), [options]);
  const codes = [...new Set(typed.split(/[\s,;]+/).filter(Boolean))].slice(0, 10);
  return (
    <FormField id={name} label={label} hint={hint} error={error} className={className}>
      <input
        {...controlProps(name, error, hint)}
        key={defaultValue}
        type="text"
        inputMode="numeric"
        autoComplete="off"
        list={`${name}-options`}
        defaultValue={defaultValue}
        onChange={(event) => setTyped(event.target.value)}
        className={inputClass}
      />
      <datalist id={`${name}-options`}>
        {options.map((k) => (
          <option key={k.code} value={k.code}>{`${k.code} ${k.title}`}</option>
        ))}
      </datalist>
      {codes.length > 0 && (
        <ul className="mt-1 space-y-0.5 text-sm text-slate-700" aria-live="polite" data-testid={`${name}-names`}>
          {codes.map((code) => (
            <li key={code}>
              <span className="font-mono">{code}</span> — {titles.get(code) ?? t("kbliNotInList")}
            </li>
          ))}
        </ul>
      )}
    </FormField>
  );
}
