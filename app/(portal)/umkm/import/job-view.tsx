import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { DataTable } from "@/components/ui/data-table";
import { AutoRefresh } from "@/components/umkm/auto-refresh";
import { ImportDecision } from "@/components/umkm/import-decision";
import { getImportJob } from "@/lib/dal/umkm/umkm-import";
import { IMPORT_LIMIT_VALUES } from "@/lib/domain/upload-limits";
import type { SessionUser } from "@/lib/session-user";
import { loadOr404 } from "@/lib/security/refusals";

/** One import: progress while validating, then counts, row errors and the user's choice. */
export async function ImportJobView({
  user,
  id,
  hasConflict,
}: {
  user: SessionUser;
  id: string;
  hasConflict: boolean;
}) {
  const [job, t] = await Promise.all([loadOr404(() => getImportJob(user, id)), getTranslations()]);
  const isRunning = (job.status === "VALIDATING" || job.status === "IMPORTING") && !job.isStale;
  const message = (key: string, value = "") => {
    const values = { ...IMPORT_LIMIT_VALUES, value };
    return t.has(`umkmImport.errors.${key}`)
      ? t(`umkmImport.errors.${key}`, values)
      : t.has(`umkmForm.errors.${key}`)
        ? t(`umkmForm.errors.${key}`, values)
        : t("umkmForm.errors.invalid");
  };
  const status = t(`umkmImport.${job.isStale ? "FAILED" : job.status}`, {
    processed: job.processed,
    total: job.totalRows,
    count: job.processed,
  });
  return (
    <section className="space-y-5">
      <h1 className="text-2xl font-semibold">{t("umkmImport.statusTitle", { file: job.fileName })}</h1>
      <p role="status" aria-live="polite" data-testid="import-status" className="font-medium">
        {status}
      </p>
      {isRunning && (
        <>
          <progress
            className="w-full"
            max={Math.max(job.totalRows, 1)}
            value={job.processed}
            aria-label={t("umkmImport.progressLabel")}
          />
          <AutoRefresh />
          <noscript>
            <meta httpEquiv="refresh" content="2" />
          </noscript>
        </>
      )}
      {!isRunning && (
        <dl
          className="grid grid-cols-3 gap-3 rounded-lg border border-slate-200 bg-white p-4 text-center"
          data-testid="import-counts"
        >
          {(
            [
              ["total", job.totalRows],
              ["valid", job.validRows],
              ["invalid", job.errorRows],
            ] as const
          ).map(([key, value]) => (
            <div key={key}>
              <dt className="text-sm text-slate-600">{t(`umkmImport.${key}`)}</dt>
              <dd className="text-2xl font-semibold" data-testid={`count-${key}`}>
                {value}
              </dd>
            </div>
          ))}
        </dl>
      )}
      {job.status === "VALIDATED" && (
        <ImportDecision jobId={job.id} validRows={job.validRows} hasConflict={hasConflict} />
      )}
      {!isRunning && job.errors.length > 0 && (
        <>
          <h2 className="text-xl font-semibold">{t("umkmImport.errorsTitle")}</h2>
          <DataTable
            caption={t("umkmImport.errorsTitle")}
            testId="import-errors"
            empty={t("umkmImport.noErrors")}
            headers={[
              t("umkmImport.colLine"),
              t("umkmImport.colColumn"),
              t("umkmImport.colMessage"),
              t("umkmImport.colValue"),
            ]}
            rows={job.errors.map((e, index) => ({
              key: `${e.line}-${e.column}-${index}`,
              cells: [
                String(e.line),
                e.column,
                e.ref
                  ? `${message(e.key, e.value)} ${t("umkmImport.seeLine", { line: e.ref })}`
                  : message(e.key, e.value),
                e.value ?? "",
              ],
            }))}
          />
          <a href={`/api/umkm-imports/${job.id}/errors`} className="inline-block text-brand-700 underline" download>
            {t("umkmImport.downloadErrors")}
          </a>
        </>
      )}
      <div className="flex flex-wrap gap-4">
        <Link href="/umkm/import" className="text-brand-700 underline">
          {t("umkmImport.uploadCorrected")}
        </Link>
        <Link href="/umkm" className="text-brand-700 underline">
          {t("umkmImport.toRegistry")}
        </Link>
      </div>
    </section>
  );
}
