import type { RawRecord } from "@/lib/import/umkm-file";
import { visibleText } from "@/lib/validation/text";
import { fieldErrorsOf } from "@/lib/forms/action-state";
import {
  UMKM_ERROR_KEYS,
  umkmInputSchema,
  type RegionLookup,
  type UmkmField,
  type UmkmInput,
} from "@/lib/validation/umkm";

/** One problem of one cell: shown in the preview and in the downloadable report. */
export type ImportRowError = { line: number; column: string; key: string; value?: string; ref?: number };
export type ValidRow = { line: number; input: UmkmInput };
export type RowValidation = { valid: ValidRow[]; errors: ImportRowError[]; errorLines: number };

/** Same business name and kecamatan means the same business: names compare case- and space-insensitively. */
export const nameKey = (businessName: string, districtCode: string) =>
  `${districtCode}|${businessName.toLowerCase().replace(/\s+/g, " ").trim()}`;

/** Registry rows a file's rows could duplicate: found by the dal, passed in (keeps this pure). */
export type RegistryDuplicates = { nibs: ReadonlySet<string>; nameKeys: ReadonlySet<string> };

const NO_DUPLICATES: RegistryDuplicates = { nibs: new Set(), nameKeys: new Set() };

/**
 * A validator fed one record at a time (so a caller can yield to the event loop between
 * chunks): every record is parsed with umkmInputSchema (the form's schema) and duplicates —
 * same NIB, or same name + kecamatan — are reported within the file (on the later row,
 * pointing at the first with `ref`) and against the registry. A duplicate is an error, never
 * merged.
 */
export function createRowValidator(
  headers: Partial<Record<UmkmField, string>>,
  regions: RegionLookup,
  registry: RegistryDuplicates = NO_DUPLICATES,
) {
  const schema = umkmInputSchema(regions);
  const valid: ValidRow[] = [];
  const errors: ImportRowError[] = [];
  const errorLineSet = new Set<number>();
  const firstNib = new Map<string, number>();
  const firstName = new Map<string, number>();
  const column = (field: UmkmField) => headers[field] ?? field;
  const fail = (error: ImportRowError) => {
    errors.push(error);
    errorLineSet.add(error.line);
  };
  function validate(record: RawRecord): void {
    const result = schema.safeParse(record.values);
    if (!result.success) {
      for (const [field, key] of Object.entries(fieldErrorsOf(result.error, UMKM_ERROR_KEYS)).filter(
        ([field]) => field !== "form",
      ) as [UmkmField, string][]) {
        // The value is echoed in the report and on the job row (jsonb): a refused NUL shows as "␀".
        const value = record.values[field];
        fail({
          line: record.line,
          column: column(field),
          key,
          value: value === undefined ? undefined : visibleText(value.slice(0, 80)),
        });
      }
      return;
    }
    const input = result.data;
    let isDuplicate = false;
    if (input.nib) {
      const first = firstNib.get(input.nib);
      if (registry.nibs.has(input.nib))
        fail({ line: record.line, column: column("nib"), key: "nibTaken", value: input.nib });
      else if (first !== undefined)
        fail({ line: record.line, column: column("nib"), key: "nibDuplicateInFile", value: input.nib, ref: first });
      else firstNib.set(input.nib, record.line);
      isDuplicate ||= registry.nibs.has(input.nib) || first !== undefined;
    }
    const key = nameKey(input.businessName, input.districtCode);
    const firstLine = firstName.get(key);
    if (registry.nameKeys.has(key))
      fail({ line: record.line, column: column("businessName"), key: "nameDistrictTaken", value: input.businessName });
    else if (firstLine !== undefined)
      fail({
        line: record.line,
        column: column("businessName"),
        key: "nameDistrictDuplicateInFile",
        value: input.businessName,
        ref: firstLine,
      });
    else firstName.set(key, record.line);
    isDuplicate ||= registry.nameKeys.has(key) || firstLine !== undefined;
    if (!isDuplicate) valid.push({ line: record.line, input });
  }
  return { validate, result: (): RowValidation => ({ valid, errors, errorLines: errorLineSet.size }) };
}
