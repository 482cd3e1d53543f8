"use client";

import { useTranslations } from "next-intl";

// `retry` (not `reset`) fetches the page again: after a database outage, reset alone would
// re-render the failed server payload.
export default function ErrorPage({ retry }: { error: Error & { digest?: string }; retry: () => void }) {
  const t = useTranslations("errors");
  return (
    <main id="main" className="mx-auto max-w-xl px-4 py-16 text-center" role="alert">
      <h1 className="text-2xl font-semibold">{t("genericTitle")}</h1>
      <p className="mt-2 text-slate-700">{t("genericBody")}</p>
      <button type="button" onClick={retry} className="mt-6 rounded bg-brand-700 px-4 py-2 text-white">
        {t("retry")}
      </button>
    </main>
  );
}
