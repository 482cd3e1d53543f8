import { useTranslations } from "next-intl";

/** The two choices after validation, as plain form posts: import the valid rows, or nothing. */
export function ImportDecision({
  jobId,
  validRows,
  hasConflict,
}: {
  jobId: string;
  validRows: number;
  hasConflict: boolean;
}) {
  const t = useTranslations("umkmImport");
  return (
    <div className="space-y-3">
      <div
        role="status"
        aria-live="polite"
        className="min-h-6 text-sm font-medium text-red-800"
        data-testid="import-decision-error"
      >
        {hasConflict ? t("conflict") : null}
      </div>
      <div className="flex flex-wrap gap-3">
        {validRows > 0 && (
          <form action={`/api/umkm-imports/${jobId}/commit`} method="post">
            <button
              type="submit"
              className="rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800"
            >
              {t("importValid", { count: validRows })}
            </button>
          </form>
        )}
        <form action={`/api/umkm-imports/${jobId}/cancel`} method="post">
          <button type="submit" className="rounded border border-slate-400 px-4 py-2 font-semibold hover:bg-slate-100">
            {t("importNothing")}
          </button>
        </form>
      </div>
    </div>
  );
}
