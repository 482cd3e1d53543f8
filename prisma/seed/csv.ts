import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";

/**
 * Parses RFC 4180 CSV: quoted fields may contain commas, newlines and doubled quotes
 * (idn-area-data has e.g. `"Ra""as"`). Returns one object per data row keyed by the header.
 * Small and dependency-free: the area files are a few hundred KB.
 */
export function parseCsv(text: string): Record<string, string>[] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ",") {
      row.push(field);
      field = "";
    } else if (ch === "\n" || ch === "\r") {
      if (ch === "\r" && text[i + 1] === "\n") i++;
      row.push(field);
      field = "";
      if (row.length > 1 || row[0] !== "") rows.push(row);
      row = [];
    } else field += ch;
  }
  if (field !== "" || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  const [header, ...data] = rows;
  if (!header) return [];
  return data.map((cells) => Object.fromEntries(header.map((name, i) => [name, cells[i] ?? ""])));
}

const requireFromHere = createRequire(import.meta.url);

/** Reads one of idn-area-data's CSV files (provinces, regencies, districts, …). */
export function readAreaCsv(name: "provinces" | "regencies" | "districts"): Record<string, string>[] {
  // Resolved through node's resolver so it works wherever npm hoisted the package; its own
  // loader (getData) is not used because the package declares Node >= 22.
  const packageDir = dirname(requireFromHere.resolve("idn-area-data/package.json"));
  return parseCsv(readFileSync(join(packageDir, "data", `${name}.csv`), "utf8"));
}
