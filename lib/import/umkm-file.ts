import { parse } from "csv-parse/sync";
import { fileTypeFromBuffer } from "file-type";
import { MAX_IMPORT_BYTES, MAX_IMPORT_ROWS } from "@/lib/domain/upload-limits";
import { decodeText } from "@/lib/import/text-encoding";
import { checkZipLimits } from "@/lib/import/zip-limits";
import type { UmkmField } from "@/lib/validation/umkm";
import { toIsoDate } from "@/lib/dates";

/**
 * Reads an uploaded UMKM file (CSV or XLSX) into records keyed by field, each with the line
 * number the user sees in a spreadsheet or text editor. Pure: no database, no files. Runs in
 * the import's parse worker (lib/import/parse-in-worker.ts), never in the web process.
 */
export { MAX_IMPORT_BYTES, MAX_IMPORT_ROWS };
export type ImportKind = "csv" | "xlsx";

export type RawRecord = { line: number; values: Partial<Record<UmkmField, string>> };
export type FileError = { line: number; column: string; key: string };
export type ParsedFile = { records: RawRecord[]; headers: Partial<Record<UmkmField, string>>; fileErrors: FileError[] };

/** Accepted column names (normalised: lower case, underscores), English first, then Indonesian. */
const HEADER_ALIASES: Record<UmkmField, readonly string[]> = {
  businessName: ["business_name", "nama_usaha"],
  ownerName: ["owner_name", "nama_pemilik"],
  phone: ["phone", "telepon", "no_hp"],
  email: ["email", "e_mail"],
  nib: ["nib"],
  npwp: ["npwp"],
  kbliCodes: ["kbli_codes", "kbli"],
  productsText: ["products", "products_text", "produk"],
  address: ["address", "alamat"],
  regencyCode: ["regency_code", "kode_kabupaten_kota", "kode_kabupaten"],
  districtCode: ["district_code", "kode_kecamatan"],
  capitalRp: ["capital_rp", "modal_usaha", "modal"],
  annualSalesRp: ["annual_sales_rp", "omzet_tahunan", "omzet"],
  employees: ["employees", "tenaga_kerja"],
  yearEstablished: ["year_established", "tahun_berdiri"],
  capacity: ["capacity", "kapasitas"],
  isActive: ["is_active", "aktif"],
};
const REQUIRED: readonly UmkmField[] = [
  "businessName",
  "ownerName",
  "kbliCodes",
  "productsText",
  "regencyCode",
  "districtCode",
  "capitalRp",
  "annualSalesRp",
];

/** The template's header row (what the import page offers for download). */
export const TEMPLATE_HEADERS = Object.values(HEADER_ALIASES).map((aliases) => aliases[0]!);

const normaliseHeader = (header: string) =>
  header
    .replace(/^\uFEFF/, "")
    .trim()
    .toLowerCase()
    .replace(/[\s\-.]+/g, "_");

function mapHeaders(headerRow: readonly string[]): {
  columns: (UmkmField | null)[];
  headers: ParsedFile["headers"];
  errors: FileError[];
} {
  const headers: ParsedFile["headers"] = {};
  const columns = headerRow.map((raw) => {
    const name = normaliseHeader(raw);
    const field = (Object.keys(HEADER_ALIASES) as UmkmField[]).find((f) => HEADER_ALIASES[f].includes(name)) ?? null;
    if (field && !headers[field]) headers[field] = raw.replace(/^\uFEFF/, "").trim();
    return field;
  });
  const errors = REQUIRED.filter((field) => !headers[field]).map((field) => ({
    line: 1,
    column: HEADER_ALIASES[field][0]!,
    key: "missingColumn",
  }));
  return { columns, headers, errors };
}

/** ";" when the header line has more semicolons than commas outside quotes, else ",". */
export function detectDelimiter(text: string): "," | ";" {
  const firstLine =
    text
      .replace(/^\uFEFF/, "")
      .split(/\r?\n/)
      .find((line) => line.trim() !== "") ?? "";
  const unquoted = firstLine.replace(/"[^"]*"/g, "");
  return (unquoted.match(/;/g)?.length ?? 0) > (unquoted.match(/,/g)?.length ?? 0) ? ";" : ",";
}

const fileError = (key: string, line = 0, value?: string): ParsedFile => ({
  records: [],
  headers: {},
  fileErrors: [{ line, column: "", key, ...(value ? { value } : {}) }],
});

function toRecords(rows: { line: number; cells: string[] }[]): ParsedFile {
  if (rows.length > MAX_IMPORT_ROWS + 1) return fileError("fileTooManyRows");
  const [header, ...data] = rows;
  if (!header) return { records: [], headers: {}, fileErrors: [{ line: 1, column: "", key: "fileEmpty" }] };
  const { columns, headers, errors } = mapHeaders(header.cells);
  if (errors.length > 0) return { records: [], headers, fileErrors: errors };
  const records = data
    .filter((row) => row.cells.some((cell) => cell.trim() !== ""))
    .map((row) => {
      const values: RawRecord["values"] = {};
      columns.forEach((field, index) => {
        if (field && values[field] === undefined) values[field] = row.cells[index] ?? "";
      });
      return { line: row.line, values };
    });
  return { records, headers, fileErrors: records.length === 0 ? [{ line: 2, column: "", key: "fileEmpty" }] : [] };
}

/**
 * CSV in UTF-8, UTF-16 or Windows-1252 (lib/import/text-encoding.ts), comma or semicolon
 * separated; empty lines are skipped. UTF-32 is refused naming it.
 */
export function parseUmkmCsv(bytes: Uint8Array): ParsedFile {
  const decoded = decodeText(bytes);
  if ("unsupported" in decoded) return fileError("fileEncoding", 1, decoded.unsupported);
  const { text } = decoded;
  try {
    const rows = parse(text, {
      bom: true,
      delimiter: detectDelimiter(text),
      skip_empty_lines: true,
      relax_column_count: true,
      info: true,
      trim: false,
      to: MAX_IMPORT_ROWS + 2, // header + the limit + one more, enough to tell the file is too long
    }) as unknown as { record: string[]; info: { lines: number } }[];
    return toRecords(rows.map(({ record, info }) => ({ line: info.lines, cells: record })));
  } catch (error) {
    const line = (error as { lines?: number }).lines ?? 1;
    return { records: [], headers: {}, fileErrors: [{ line, column: "", key: "fileUnreadable" }] };
  }
}

function cellText(value: unknown): string {
  if (value === null || value === undefined) return "";
  if (value instanceof Date) return toIsoDate(value);
  if (typeof value === "object") {
    const v = value as { result?: unknown; text?: unknown; richText?: { text: string }[] };
    if (v.richText) return v.richText.map((part) => part.text).join("");
    if (v.result !== undefined) return cellText(v.result);
    if (v.text !== undefined) return String(v.text);
    return "";
  }
  return String(value);
}

/**
 * The first worksheet of an XLSX workbook (exceljs), same rules as CSV; line = row number.
 * The zip is checked against lib/import/zip-limits.ts before exceljs unpacks anything.
 */
export async function parseUmkmXlsx(bytes: Uint8Array): Promise<ParsedFile> {
  const zip = await checkZipLimits(bytes);
  if (zip === "tooLarge") return fileError("fileTooLargeUnpacked");
  if (zip === "unreadable") return fileError("fileUnreadable", 1);
  const { default: ExcelJS } = await import("exceljs");
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch {
    return { records: [], headers: {}, fileErrors: [{ line: 1, column: "", key: "fileUnreadable" }] };
  }
  const sheet = workbook.worksheets[0];
  const rows: { line: number; cells: string[] }[] = [];
  sheet?.eachRow({ includeEmpty: false }, (row) => {
    const values = Array.isArray(row.values) ? row.values.slice(1) : [];
    rows.push({ line: row.number, cells: values.map(cellText) });
  });
  return toRecords(rows);
}

/**
 * What an upload is, from its bytes (file-type, which bounds its own unzipping): a zip or
 * XLSX workbook is "xlsx", text is "csv", anything else (PDF, image, old .xls) null.
 */
export async function detectImportKind(bytes: Uint8Array): Promise<ImportKind | null> {
  const detected = await fileTypeFromBuffer(bytes);
  if (!detected) return "csv";
  return detected.ext === "xlsx" || detected.ext === "zip" ? "xlsx" : null;
}

/** Parses an upload of the kind detectImportKind found; a file over 20 MB is a file error. */
export async function parseUmkmFile(kind: ImportKind, bytes: Uint8Array): Promise<ParsedFile> {
  if (bytes.byteLength > MAX_IMPORT_BYTES) return fileError("fileTooLarge");
  return kind === "xlsx" ? parseUmkmXlsx(bytes) : parseUmkmCsv(bytes);
}
