"use client";

import "./globals.css";
import en from "@/lib/i18n/messages/en/errors.json";
import id from "@/lib/i18n/messages/id/errors.json";

/**
 * Shown when the root layout itself fails, where no locale provider exists: the catalogues'
 * texts in Indonesian first, then English. Pages failing below the root layout (a database
 * outage in the portal layout or a page) get app/error.tsx in the reader's language.
 */
export default function GlobalError({ retry }: { error: Error & { digest?: string }; retry: () => void }) {
  return (
    <html lang="id">
      <body className="min-h-screen bg-slate-50 text-slate-900 antialiased">
        <main id="main" className="mx-auto max-w-xl space-y-8 px-4 py-16 text-center" role="alert">
          <section>
            <h1 className="text-2xl font-semibold">{id.genericTitle}</h1>
            <p className="mt-2 text-slate-700">{id.genericBody}</p>
          </section>
          <section lang="en">
            <h2 className="text-xl font-semibold">{en.genericTitle}</h2>
            <p className="mt-2 text-slate-700">{en.genericBody}</p>
          </section>
          <button type="button" onClick={retry} className="rounded bg-brand-700 px-4 py-2 text-white">
            {id.retry} <span lang="en">/ {en.retry}</span>
          </button>
        </main>
      </body>
    </html>
  );
}
