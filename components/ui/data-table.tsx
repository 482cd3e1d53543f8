import Link from "next/link";

/**
 * A column header that sorts the list: a link to the same list in that order (filters kept),
 * `direction` set on the column the list is sorted by now (announced through aria-sort).
 */
export type SortableHeader = { label: string; href: string; direction?: "ascending" | "descending" };

const ARROW = { ascending: "▲", descending: "▼" } as const;

function HeaderCell({ header }: { header: string | SortableHeader }) {
  if (typeof header === "string")
    return (
      <th scope="col" className="px-3 py-2 font-semibold">
        {header}
      </th>
    );
  return (
    <th scope="col" className="px-3 py-2 font-semibold" aria-sort={header.direction ?? "none"}>
      <Link href={header.href} className="inline-flex items-center gap-1 underline hover:no-underline">
        {header.label}
        <span aria-hidden="true">{header.direction ? ARROW[header.direction] : "↕"}</span>
      </Link>
    </th>
  );
}

/** A captioned, horizontally scrollable table (phones) with proper header cells (some may sort). */
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
    <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
      <table className="min-w-full text-left text-sm" data-testid={testId}>
        <caption className="sr-only">{caption}</caption>
        <thead className="bg-slate-100 text-slate-700">
          <tr>
            {headers.map((header) => (
              <HeaderCell key={typeof header === "string" ? header : header.label} header={header} />
            ))}
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {rows.map((row) => (
            <tr key={row.key}>
              {row.cells.map((cell, index) => (
                <td key={index} className="px-3 py-2 align-top">
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
