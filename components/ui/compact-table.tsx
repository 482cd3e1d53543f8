"use client";

import Link from "next/link";
import { DataTable } from "@/components/ui/data-table";

/** [key, ...cells]: the key (an id) first, then the row's texts. */
export type CompactRow = [key: string, ...cells: string[]];

/**
 * DataTable (the one table pattern, stacked rows on phones) for long lists of plain text cells,
 * rendered from compact rows. A server component's table reaches the browser twice: as HTML and
 * as its element tree in the page's inline flight data (every <td> with its class names, ≈ 700
 * bytes per registry row). Here the flight data carries only the strings (≈ 120 bytes per row,
 * as tuples) and the browser builds the same elements. `linkPrefix` makes the first cell a link
 * to `linkPrefix + key`. Texts are translated by the server component that calls it: no client
 * messages are needed.
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
  return (
    <DataTable
      caption={caption}
      headers={headers}
      empty={empty}
      testId={testId}
      rows={rows.map(([key, ...cells]) => ({
        key,
        cells: cells.map((cell, index) =>
          index === 0 && linkPrefix ? (
            <Link key="link" href={`${linkPrefix}${key}`} className="text-brand-700 underline">
              {cell}
            </Link>
          ) : (
            cell
          ),
        ),
      }))}
    />
  );
}
