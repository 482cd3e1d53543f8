import { getTranslations } from "next-intl/server";
import { ALL_ROLES } from "@/lib/access/roles";
import { listImportErrors } from "@/lib/dal/umkm/umkm-import";
import { IMPORT_LIMIT_VALUES } from "@/lib/domain/upload-limits";
import { csvLine, UTF8_BOM } from "@/lib/export/csv";
import { sessionRoute } from "@/lib/http/session-route";

// The full row-error report of one import as CSV (line, column, message in the user's
// language, value), with a BOM so spreadsheet programs read it as UTF-8.
export const dynamic = "force-dynamic";

export const GET = sessionRoute<{ id: string }>(ALL_ROLES, async ({ user, params: { id } }) => {
  const errors = await listImportErrors(user, id);
  const t = await getTranslations();
  const message = (key: string, ref?: number, value = "") => {
    const path = t.has(`umkmImport.errors.${key}`)
      ? `umkmImport.errors.${key}`
      : t.has(`umkmForm.errors.${key}`)
        ? `umkmForm.errors.${key}`
        : "umkmForm.errors.invalid";
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
});
