/** A captioned, horizontally scrollable table (phones) with proper header cells. */
export function DataTable({
  caption,
  headers,
  rows,
  empty,
  testId,
}: {
  caption: string;
  headers: string[];
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
              <th key={header} scope="col" className="px-3 py-2 font-semibold">
                {header}
              </th>
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
