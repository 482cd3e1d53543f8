"use client";

import { useState } from "react";
import { useTranslations } from "next-intl";
import { controlClass } from "./form-field";

/**
 * A password input with a show-password toggle: a real button after the input, `aria-pressed`
 * telling whether the password is visible and `aria-controls` naming the input; its name stays
 * the same (a toggle button's state is its pressed flag). Pass the input's props as to `<input>`.
 */
export function PasswordInput(
  props: Omit<React.InputHTMLAttributes<HTMLInputElement>, "type" | "className"> & { id: string },
) {
  const t = useTranslations("forms");
  const [shown, setShown] = useState(false);
  return (
    <div className="mt-1 flex items-stretch gap-2">
      <input {...props} type={shown ? "text" : "password"} className={`${controlClass} min-w-0 flex-1`} />
      <button
        type="button"
        aria-pressed={shown}
        aria-controls={props.id}
        onClick={() => setShown((value) => !value)}
        className="shrink-0 rounded border border-slate-400 bg-white px-3 text-sm font-medium text-slate-800 hover:bg-slate-50"
        data-testid={`${props.id}-toggle`}
      >
        {t("showPassword")}
      </button>
    </div>
  );
}
