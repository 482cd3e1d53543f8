import Link from "next/link";

/**
 * A column header that sorts the list: a link to the same list in that order (filters kept),
 * `direction` set on the column the list is sorted by now (announced through aria-sort).
 */
export type SortableHeader = { label: string; href: string; direction?: "ascending" | "descending" };

const labelOf = (header: string | SortableHeader | undefined) =>
  typeof header === "object" ? header.label : (header ?? "");

const ARROW = { ascending: "▲", descending: "▼" } as const;

function HeaderCell({ header }: { header: string | SortableHeader }) {
  if (typeof header === "string")
    return (
      <th role="columnheader" scope="col" className="px-3 py-2 font-semibold">
        {header}
      </th>
    );
  return (
    <th role="columnheader" scope="col" className="px-3 py-2 font-semibold" aria-sort={header.direction ?? "none"}>
      <Link href={header.href} className="inline-flex items-center gap-1 underline hover:no-underline">
        {header.label}
        <span aria-hidden="true">{header.direction ? ARROW[header.direction] : "↕"}</span>
      </Link>
    </th>
  );
}

/**
 * A captioned table with proper header cells, the portal's one table pattern. On a phone (below
 * `sm`) each row becomes a stacked card: every cell shows its column's name before its value
 * (the `stacked-table` utility in app/globals.css), so nothing hides off-screen. The explicit
 * ARIA roles keep the table's semantics when CSS changes its display. From `sm` up a table
 * wider than the screen scrolls inside a focusable, labelled region, so keyboard users can
 * scroll it too (WCAG 2.1.1).
 */
export function DataTable({
  caption,
  headers,
  rows,
  empty,
  testId,
}: {
  caption: string;
  headers: (string | SortableHeader)[];
  rows: { key: string; cells: React.ReactNode[] }[];
  empty: string;
  testId?: string;
}) {
  if (rows.length === 0)
    return <p className="rounded border border-dashed border-slate-300 bg-white p-6 text-slate-600">{empty}</p>;
  return (
    <div
      role="region"
      aria-label={caption}
      tabIndex={0}
      className="rounded-lg border border-slate-200 bg-white sm:overflow-x-auto"
    >
      <table role="table" className="stacked-table min-w-full text-left text-sm" data-testid={testId}>
        <caption className="sr-only">{caption}</caption>
        <thead role="rowgroup" className="bg-slate-100 text-slate-700">
          <tr role="row">
            {headers.map((header) => (
              <HeaderCell key={labelOf(header)} header={header} />
            ))}
          </tr>
        </thead>
        <tbody role="rowgroup" className="divide-y divide-slate-200">
          {rows.map((row) => (
            <tr key={row.key} role="row">
              {row.cells.map((cell, index) => (
                <td key={index} role="cell" data-label={labelOf(headers[index])} className="px-3 py-2 align-top">
                  {cell}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
