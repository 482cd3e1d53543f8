import { getTranslations } from "next-intl/server";
import { getSession } from "@/lib/auth";
import { listImportErrors } from "@/lib/dal/umkm-import";
import { AppError } from "@/lib/errors";
import { IMPORT_LIMIT_VALUES } from "@/lib/domain/upload-limits";
import { csvLine, UTF8_BOM } from "@/lib/export/csv";
import { problemFromAppError, problemResponse } from "@/lib/http/problem";

// The full row-error report of one import as CSV (line, column, message in the user's
// language, value), with a BOM so spreadsheet programs read it as UTF-8.
export const dynamic = "force-dynamic";

export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  const user = await getSession();
  if (!user) return problemResponse(401, "Authentication required");
  const { id } = await params;
  let errors;
  try {
    errors = await listImportErrors(user, id);
  } catch (error) {
    if (error instanceof AppError) return problemFromAppError(error);
    throw error;
  }
  const t = await getTranslations();
  const message = (key: string, ref?: number, value = "") => {
    const path = t.has(`umkmImport.errors.${key}`) ? `umkmImport.errors.${key}` : t.has(`umkmForm.errors.${key}`) ? `umkmForm.errors.${key}` : "umkmForm.errors.invalid";
    const text = t(path, { ...IMPORT_LIMIT_VALUES, value });
    return ref ? `${text} ${t("umkmImport.seeLine", { line: ref })}` : text;
  };
  const rows = errors.map((e) => csvLine([String(e.line), e.column, message(e.key, e.ref, e.value), e.value ?? ""]));
  return new Response(`${UTF8_BOM}${t("umkmImport.reportHeader")}\r\n${rows.join("")}`, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="kesalahan-impor-${id.slice(0, 8)}.csv"`,
      "Cache-Control": "no-store",
    },
  });
}
