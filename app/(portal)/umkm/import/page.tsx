import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { requirePageRoles } from "@/lib/auth";
import { IMPORT_LIMIT_VALUES } from "@/lib/domain/upload-limits";
import { TEMPLATE_HEADERS } from "@/lib/import/umkm-file";
import { ImportJobView } from "./job-view";
import { isUuid } from "@/lib/validation/ids";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("umkmImport"))("title") };
}

const REQUIRED = [
  "business_name",
  "owner_name",
  "kbli_codes",
  "products",
  "regency_code",
  "district_code",
  "capital_rp",
  "annual_sales_rp",
];
const KNOWN_ERRORS = new Set(["fileRequired", "fileEmpty", "fileTooLarge", "fileType"]);

/**
 * Upload form (a plain multipart POST to the upload route handler: works without JavaScript),
 * or, with ?job=<id>, that import's progress, row errors and the import-or-nothing choice.
 */
export default async function UmkmImportPage({
  searchParams,
}: {
  searchParams: Promise<{ error?: string; job?: string }>;
}) {
  const user = await requirePageRoles("/umkm/import");
  const { error, job } = await searchParams;
  if (job && isUuid(job)) return <ImportJobView user={user} id={job} hasConflict={error === "conflict"} />;
  const t = await getTranslations("umkmImport");
  const message =
    error && KNOWN_ERRORS.has(error)
      ? error === "fileRequired"
        ? t("fileRequired")
        : t(`errors.${error}`, IMPORT_LIMIT_VALUES)
      : null;
  return (
    <section className="space-y-4">
      <h1 className="text-2xl font-semibold">{t("title")}</h1>
      <p>{t("intro", IMPORT_LIMIT_VALUES)}</p>
      <p className="text-sm text-slate-700">
        {t("columns", {
          columns: REQUIRED.join(", "),
          optional: TEMPLATE_HEADERS.filter((h) => !REQUIRED.includes(h)).join(", "),
        })}
      </p>
      <form
        action="/api/umkm-imports"
        method="post"
        encType="multipart/form-data"
        className="space-y-4 rounded-lg border border-slate-200 bg-white p-4 sm:p-6"
      >
        <div
          role="status"
          aria-live="polite"
          className="min-h-6 text-sm font-medium text-red-800"
          data-testid="form-error"
        >
          {message}
        </div>
        <div>
          <label htmlFor="file" className="block font-medium">
            {t("file")}
          </label>
          <input
            id="file"
            name="file"
            type="file"
            required
            accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            aria-invalid={message ? true : undefined}
            aria-describedby={message ? "file-error" : undefined}
            className="mt-1 block w-full"
          />
          {message && (
            <p id="file-error" className="mt-1 text-sm font-medium text-red-800">
              {message}
            </p>
          )}
        </div>
        <button type="submit" className="rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800">
          {t("upload")}
        </button>
      </form>
    </section>
  );
}
