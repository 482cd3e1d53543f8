"use client";

import Link from "next/link";

/** [key, ...cells]: the key (an id) first, then the row's texts. */
export type CompactRow = [key: string, ...cells: string[]];

/**
 * DataTable's markup for long lists of plain text cells, rendered from compact rows. A server
 * component's table reaches the browser twice: as HTML and as its element tree in the page's
 * inline flight data (every <td> with its class names, ≈ 700 bytes per registry row). Here
 * the flight data carries only the strings (≈ 120 bytes per row, as tuples) and the browser builds the
 * same elements. `linkPrefix` makes the first cell a link to `linkPrefix + key`. Texts are
 * translated by the server component that calls it: no client messages are needed.
 */
export function CompactTable({
  caption,
  headers,
  rows,
  empty,
  testId,
  linkPrefix,
}: {
  caption: string;
  headers: string[];
  rows: CompactRow[];
  empty: string;
  testId?: string;
  linkPrefix?: string;
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
              <th key={header} scope="col" className="px-3 py-2 font-semibold">
                {header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {rows.map(([key, ...cells]) => (
            <tr key={key}>
              {cells.map((cell, index) => (
                <td key={index} className="px-3 py-2 align-top">
                  {index === 0 && linkPrefix ? (
                    <Link href={`${linkPrefix}${key}`} className="text-brand-700 underline">
                      {cell}
                    </Link>
                  ) : (
                    cell
                  )}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
