"use client";

import { useState } from "react";
import { signIn } from "next-auth/react";
import { useTranslations } from "next-intl";
import { parseRateLimited } from "@/lib/security/sign-in-errors";

type FieldErrors = { email?: string; password?: string; form?: string };

/** Email + password form; errors appear next to their field and in a live region. */
export function SignInForm({ callbackUrl }: { callbackUrl: string }) {
  const t = useTranslations("signIn");
  const [errors, setErrors] = useState<FieldErrors>({});
  const [isPending, setIsPending] = useState(false);

  async function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const email = String(data.get("email") ?? "").trim();
    const password = String(data.get("password") ?? "");
    const next: FieldErrors = {};
    if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) next.email = t("emailRequired");
    if (!password) next.password = t("passwordRequired");
    setErrors(next);
    if (next.email || next.password) return;
    setIsPending(true);
    try {
      const result = await signIn("credentials", { email, password, redirect: false });
      if (result?.ok && !result.error) {
        window.location.assign(callbackUrl);
        return;
      }
      const lockedMinutes = parseRateLimited(result?.error);
      if (lockedMinutes !== null) setErrors({ form: t("rateLimited", { minutes: lockedMinutes }) });
      else setErrors({ form: result?.status === 401 || result?.error ? t("invalid") : t("failed") });
    } catch {
      setErrors({ form: t("failed") });
    }
    setIsPending(false);
  }

  const inputClass = "mt-1 block w-full rounded border border-slate-400 px-3 py-2 aria-invalid:border-red-700";
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4 rounded-lg border border-slate-200 bg-white p-6">
      <div aria-live="polite" role="status" className="min-h-6 text-sm font-medium text-red-800" data-testid="form-error">
        {errors.form}
      </div>
      <div>
        <label htmlFor="email" className="block font-medium">
          {t("email")}
        </label>
        <input id="email" name="email" type="email" autoComplete="username" required
          aria-invalid={Boolean(errors.email)} aria-describedby={errors.email ? "email-error" : undefined} className={inputClass} />
        {errors.email && <p id="email-error" className="mt-1 text-sm text-red-800">{errors.email}</p>}
      </div>
      <div>
        <label htmlFor="password" className="block font-medium">
          {t("password")}
        </label>
        <input id="password" name="password" type="password" autoComplete="current-password" required
          aria-invalid={Boolean(errors.password)} aria-describedby={errors.password ? "password-error" : undefined} className={inputClass} />
        {errors.password && <p id="password-error" className="mt-1 text-sm text-red-800">{errors.password}</p>}
      </div>
      <button type="submit" disabled={isPending}
        className="w-full rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800 disabled:opacity-60">
        {isPending ? t("submitting") : t("submit")}
      </button>
    </form>
  );
}
