import { getTranslations } from "next-intl/server";

/**
 * Grey placeholder blocks; decorative, so hidden from assistive technology. Few of them: the
 * skeleton travels in every page's flight data too (it is what a click shows at once).
 */
function Bar({ className }: { className: string }) {
  return <div aria-hidden="true" className={`rounded bg-slate-200 motion-safe:animate-pulse ${className}`} />;
}

export type SkeletonShape = "list" | "detail" | "dashboard";

/**
 * What a route segment's loading.tsx shows while its page renders on the server: the page's
 * rough shape (heading, then rows, a detail card or figure tiles) in fixed heights and full
 * widths, so nothing jumps sideways on a 390 px phone when the page replaces it. A status
 * region with aria-busy and a visually hidden "Memuat…" tells screen-reader users what is
 * happening; the blocks themselves are aria-hidden.
 */
export async function PageSkeleton({ shape }: { shape: SkeletonShape }) {
  const t = await getTranslations("loading");
  return (
    <div role="status" aria-busy="true" aria-live="polite" className="space-y-4" data-testid="page-skeleton">
      <span className="sr-only">{t("loading")}</span>
      <Bar className="h-8 w-2/3 max-w-sm" />
      {shape === "dashboard" ? (
        <div aria-hidden="true" className="grid grid-cols-1 gap-4 sm:grid-cols-2 lg:grid-cols-3">
          {Array.from({ length: 3 }, (_, i) => (
            <div key={i} className="space-y-3 rounded-lg border border-slate-200 bg-white p-4">
              <Bar className="h-4 w-1/2" />
              <Bar className="h-7 w-1/3" />
            </div>
          ))}
        </div>
      ) : shape === "detail" ? (
        <div aria-hidden="true" className="space-y-3 rounded-lg border border-slate-200 bg-white p-4 sm:p-6">
          {Array.from({ length: 4 }, (_, i) => (
            <div key={i} className="grid grid-cols-1 gap-2 sm:grid-cols-3">
              <Bar className="h-4 w-1/2" />
              <Bar className="h-4 w-full sm:col-span-2" />
            </div>
          ))}
        </div>
      ) : (
        <>
          <Bar className="h-10 w-full" />
          <div aria-hidden="true" className="divide-y divide-slate-100 rounded-lg border border-slate-200 bg-white">
            {Array.from({ length: 5 }, (_, i) => (
              <div key={i} className="space-y-2 p-3">
                <Bar className="h-4 w-3/4" />
                <Bar className="h-3 w-1/2" />
              </div>
            ))}
          </div>
        </>
      )}
    </div>
  );
}
